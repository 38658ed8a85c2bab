using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>The PostgreSQL-specific SQL paths: enqueue in a caller's transaction, dedupe, lease takeover.</summary>
public sealed class PostgresOutboxTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [PostgresFact]
    public async Task EnqueueAsync_CallerTransactionAndDedupe_CommitsWithTheCaller()
    {
        await using var host = await CreateMigratedHostAsync("A", new FakeDelivery());
        var key = $"campaign:{Guid.NewGuid():N}";
        Guid committed;
        await using (var connection = await host.OpenAsync())
        {
            await using (var rolledBack = await connection.BeginTransactionAsync())
            {
                await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:tx", key), connection, rolledBack);
                await rolledBack.RollbackAsync();
            }

            await using var transaction = await connection.BeginTransactionAsync();
            committed = (await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:tx", key), connection, transaction)).Id;
            var duplicate = await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:tx", key), connection, transaction);
            Assert.False(duplicate.Created);
            Assert.Equal(committed, duplicate.Id);
            await transaction.CommitAsync();
        }

        Assert.False((await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:tx", key))).Created);
        Assert.Equal(OutboxStatus.Pending, (await host.GetAsync(committed)).Status);
    }

    [PostgresFact]
    public async Task RunOnce_ExpiredLease_OtherInstanceTakesOverAndStaleOwnerCannotRecord()
    {
        var delivery = new FakeDelivery();
        await using var hostA = await CreateMigratedHostAsync("A", delivery);
        await using var hostB = await CreateMigratedHostAsync("B", delivery);
        var id = (await hostA.Outbox.EnqueueAsync(OutboxWorkerTests.Send($"a:{Guid.NewGuid():N}"))).Id;
        var storeA = hostA.Services.GetRequiredService<OutboxStore>();

        // A claims and "dies"; until the lease ends nobody else may take the row.
        var claimed = await storeA.ClaimAsync("A", 10, _time.GetUtcNow(), _time.GetUtcNow().AddSeconds(30), default);
        Assert.Contains(claimed, m => m.Id == id);
        Assert.Equal(0, await hostB.Worker.RunOnceAsync(default));

        _time.Advance(TimeSpan.FromSeconds(31));
        await hostB.Worker.RunOnceAsync(default);

        Assert.False(await storeA.MarkSentAsync(id, "A", "stale", null, _time.GetUtcNow()));
        var row = await hostB.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Equal($"activity-{id:N}", row.ResultActivityId);
        Assert.Equal(1, delivery.Delivered[id]);
    }

    private async Task<OutboxTestHost> CreateMigratedHostAsync(string instanceId, FakeDelivery delivery)
    {
        var host = new OutboxTestHost(StorageProvider.Postgres, database.ConnectionString, delivery, _time,
            new Dictionary<string, string?> { ["Outbox:InstanceId"] = instanceId });
        await host.MigrateAsync();
        return host;
    }
}
