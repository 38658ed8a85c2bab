using ChatBot.Domain.Audit;
using ChatBot.Host.Audit;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Audit;

public sealed class PostgresDatabaseGenesisTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task Start_NewSchemaTwoInstancesAtOnce_OneGenesisAsEventOneAndVerifyFindsIt()
    {
        await using var a = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, TimeProvider.System, "A");
        await using var b = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, TimeProvider.System, "B");

        await Task.WhenAll(Task.Run(a.StartAsync), Task.Run(b.StartAsync));

        var genesis = Assert.Single(await b.Audit.ReadStreamAsync(AuditGenesis.Stream));
        Assert.Equal((1L, AuditGenesis.Created), (genesis.Sequence, genesis.Action));
        Assert.Single(new[] { a, b }, h => h.Services.GetRequiredService<DatabaseCreation>().CreatedAt is not null);
        var result = await a.Services.GetRequiredService<DatabaseGenesis>().VerifyAsync(default);
        Assert.True(result.IsValid, result.Describe());
        Assert.Equal(genesis.Hash, result.Genesis!.Hash);
    }
}
