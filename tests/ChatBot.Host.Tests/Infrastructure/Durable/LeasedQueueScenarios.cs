using ChatBot.Host.Infrastructure.Durable;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Infrastructure.Durable;

/// <summary>
/// The lease rules of <see cref="LeasedQueue"/>, run on each engine by <see cref="LeasedQueueTests"/> and
/// <see cref="PostgresLeasedQueueTests"/>, over the <c>durable_timers</c> table.
/// </summary>
internal static class LeasedQueueScenarios
{
    private static readonly LeasedTable Table = new("durable_timers", "timer_key", "due_at", "pending", "running");

    public static async Task RenewAsync_HeldLease_KeepsOthersOutUntilTheNewEnd(StorageProvider provider, string connectionString)
    {
        var (host, queue, time, key) = await ArrangeAsync(provider, connectionString);
        using var _ = host;
        var start = time.GetUtcNow();
        Assert.Equal([key], await ClaimKeysAsync(queue, "A", start, start.AddSeconds(30)));

        Assert.True(await queue.RenewAsync(key, "A", start.AddSeconds(90), default));

        Assert.Empty(await ClaimKeysAsync(queue, "B", start.AddSeconds(60), start.AddSeconds(120)));
        Assert.Equal([key], await ClaimKeysAsync(queue, "B", start.AddSeconds(91), start.AddSeconds(150)));
    }

    public static async Task RenewAsync_NotTheHolder_ChangesNothing(StorageProvider provider, string connectionString)
    {
        var (host, queue, time, key) = await ArrangeAsync(provider, connectionString);
        using var _ = host;
        var start = time.GetUtcNow();
        await ClaimKeysAsync(queue, "A", start, start.AddSeconds(30));

        Assert.False(await queue.RenewAsync(key, "B", start.AddSeconds(90), default));
        Assert.Equal([key], await ClaimKeysAsync(queue, "B", start.AddSeconds(31), start.AddSeconds(60)));

        // A's lease ran out and B holds the row: A can neither extend it nor record over B.
        Assert.False(await queue.RenewAsync(key, "A", start.AddSeconds(120), default));
        Assert.False(await queue.TransitionAsync(key, "A", start.AddSeconds(32), "status = 'done'"));
        Assert.True(await queue.TransitionAsync(key, "B", start.AddSeconds(33), "status = 'done'"));
        Assert.False(await queue.RenewAsync(key, "B", start.AddSeconds(120), default)); // no lease once recorded
    }

    private static async Task<(IHost Host, LeasedQueue Queue, FakeTimeProvider Time, string Key)> ArrangeAsync(StorageProvider provider, string connectionString)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        var host = StorageTestServices.Build(provider, connectionString, time);
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);
        var connections = host.Services.GetRequiredService<IDbConnectionFactory>();
        var key = $"lease-test:{Guid.NewGuid():N}";
        await using (var connection = await connections.OpenAsync())
        {
            await TimerStore.UpsertAsync(key, "test", time.GetUtcNow(), "{}", replace: false, time.GetUtcNow(), connection, null, default);
        }

        return (host, new LeasedQueue(connections, Table, new ClaimQuery("timer_key AS TimerKey", "c.due_at")), time, key);
    }

    private static async Task<IReadOnlyList<string>> ClaimKeysAsync(LeasedQueue queue, string owner, DateTimeOffset now, DateTimeOffset leaseUntil) =>
        (await queue.ClaimAsync<ClaimedRow>(owner, 10, now, leaseUntil, default)).Select(r => r.TimerKey).ToList();

    private sealed class ClaimedRow
    {
        public string TimerKey { get; set; } = "";
    }
}
