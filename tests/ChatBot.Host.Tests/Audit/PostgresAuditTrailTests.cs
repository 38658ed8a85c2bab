using ChatBot.Domain.Audit;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Timers;
using Dapper;

namespace ChatBot.Host.Tests.Audit;

public sealed class PostgresAuditTrailTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task Append_TwoInstancesConcurrently_ValidChain_ThenEditDetected()
    {
        await using var a = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, TimeProvider.System, "A");
        await using var b = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, TimeProvider.System, "B");
        await a.MigrateAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var host = i % 2 == 0 ? a : b;
            if (i % 5 == 0)
            {
                // On a caller's transaction, with a feature row-change alongside.
                await using var connection = await host.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await host.Audit.AppendAsync($"s:{i % 3}", $"u{i}", "x.happened", new { i }, connection, transaction);
                await transaction.CommitAsync();
            }
            else
            {
                await host.Audit.AppendAsync($"s:{i % 3}", $"u{i}", "x.happened", new { i });
            }
        })));

        var result = await b.Audit.VerifyAsync();
        Assert.True(result.IsValid, result.Describe());
        Assert.Equal(100, result.CheckedCount);

        await using (var connection = await a.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE audit_events SET actor = 'x' WHERE seq = 42");
        }

        result = await a.Audit.VerifyAsync();
        Assert.Equal(42, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Edited, result.FirstBreak.Kind);
    }
}
