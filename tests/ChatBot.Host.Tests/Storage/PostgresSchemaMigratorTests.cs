using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Storage;

public sealed class PostgresSchemaMigratorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task MigrateAsync_SeveralInstancesAtOnce_AppliesEachVersionOnce()
    {
        var hosts = Enumerable.Range(0, 4).Select(_ => StorageTestServices.Build(StorageProvider.Postgres, database.ConnectionString)).ToList();
        try
        {
            var results = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default))));

            var scripts = MigrationCatalog.Load(SqlDialect.Postgres);
            Assert.Equal(scripts.Select(s => s.Version), results.SelectMany(r => r).Order());
            await using var connection = await hosts[0].Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
            Assert.Equal(scripts.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
            Assert.Empty(await hosts[1].Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default));
        }
        finally
        {
            hosts.ForEach(h => h.Dispose());
        }
    }
}
