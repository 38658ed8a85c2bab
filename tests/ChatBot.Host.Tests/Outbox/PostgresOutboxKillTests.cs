using System.Collections.Concurrent;
using System.Globalization;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using Dapper;
using Xunit.Abstractions;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>
/// Issue 19's operator check on the outbox: two instances on PostgreSQL with the default lease and poll settings, a
/// connector that throttles (429, Retry-After 1 s) and fails (503), and one instance killed while it holds a message.
/// </summary>
public sealed class PostgresOutboxKillTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const string Held = "manager";
    private static readonly string[] Others = ["officer", "boss", "c:1", "c:2", "c:3"];
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [PostgresFact]
    public async Task KilledInstance_DefaultSettings_QueueFreeWithin20sInOrderAnd429sWaitRetryAfter()
    {
        var defaults = new OutboxOptions();
        var delivery = new FakeDelivery { Behavior = Connector };
        await using var hostA = CreateHost("A", delivery, defaults);
        await using var hostB = CreateHost("B", delivery, defaults);
        await hostA.StartAsync();

        // A claims the manager's first message and hangs in the send (the connector never answers).
        var enqueued = 0;
        await hostA.Outbox.EnqueueAsync(OutboxWorkerTests.Send(Held, $"m:{enqueued++}"));
        await _holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await hostB.StartAsync();

        // Filed alternately through both while A holds it for longer than a lease: its heartbeat keeps the claim.
        for (var i = 0; i < 40; i++)
        {
            var host = i % 2 == 0 ? hostA : hostB;
            var conversation = i % 4 == 0 ? Held : Others[i % Others.Length];
            await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send(conversation, $"m:{enqueued++}"));
            await Task.Delay(100);
        }

        await Task.Delay(defaults.LeaseDuration - TimeSpan.FromSeconds(2)); // with the 4 s above: held 12 s, past one lease
        Assert.DoesNotContain(_attempts, a => a.Conversation == Held && a.Owner == "B");

        // Killed: its send is cut off and nothing is recorded, so the row stays leased until the lease runs out.
        await hostA.StopAsync(TimeSpan.Zero);
        var killedAt = DateTimeOffset.UtcNow;
        await using (var connection = await hostB.OpenAsync())
        {
            var leaseUntil = await connection.ExecuteScalarAsync<long?>("SELECT lease_until FROM outbox WHERE dedupe_key = 'm:0'");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lease left at the kill: {(DateTimeOffset.FromUnixTimeMilliseconds(leaseUntil ?? 0) - killedAt).TotalSeconds:F1} s"));
        }

        await Eventually.TrueAsync(() => delivery.Delivered.Count == enqueued, TimeSpan.FromSeconds(90), "every message delivered");
        await hostB.StopAsync(TimeSpan.FromSeconds(10));

        var resumed = _attempts.Where(a => a.Conversation == Held && a.Owner == "B").Min(a => a.At);
        var gap = resumed - killedAt;
        var waits = ThrottleWaits().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"blocked-queue gap after the kill: {gap.TotalSeconds:F1} s (lease {defaults.LeaseDuration.TotalSeconds} s, poll {defaults.PollInterval.TotalSeconds} s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"429 waits (Retry-After 1 s): {waits.Count}, min {waits.Min().TotalSeconds:F2} s, max {waits.Max().TotalSeconds:F2} s"));

        Assert.True(gap < TimeSpan.FromSeconds(20), $"the manager's queue was blocked {gap} after the kill");
        Assert.All(delivery.Delivered.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, delivery.ConcurrentSameConversation);
        Assert.NotEmpty(waits);
        // Not an ever-growing back-off: Retry-After plus jitter, found when due (at worst on the next poll, on a busy machine).
        Assert.All(waits, w => Assert.InRange(w, RetryAfter, RetryAfter + defaults.ThrottleJitter + defaults.PollInterval));
        Assert.Contains(_attempts, a => a.Outcome == "503");
        await AssertEnqueueOrderKeptAsync(hostB, delivery);
    }

    private OutboxTestHost CreateHost(string instanceId, FakeDelivery delivery, OutboxOptions defaults) =>
        new(StorageProvider.Postgres, database.ConnectionString, delivery, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Outbox:InstanceId"] = instanceId,
            ["Outbox:PollInterval"] = defaults.PollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Outbox:LeaseDuration"] = defaults.LeaseDuration.ToString("c", CultureInfo.InvariantCulture),
            ["Outbox:DeliveryTimeout"] = defaults.DeliveryTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Outbox:ThrottleJitter"] = defaults.ThrottleJitter.ToString("c", CultureInfo.InvariantCulture),
        });

    // A hangs on the manager's first message; otherwise about a third get a 429 first and a fifth a 503 once.
    private async Task<DeliveryOutcome> Connector(OutboxMessage message, int attempt, CancellationToken cancellationToken)
    {
        var conversation = message.Target.ConversationId!;
        var record = (string outcome) => _attempts.Enqueue(new Attempt(message.Id, conversation, message.LeaseOwner ?? "", DateTimeOffset.UtcNow, outcome));
        if (message.LeaseOwner == "A" && conversation == Held && attempt == 1 && message.DedupeKey == "m:0")
        {
            record("hang");
            _holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var hash = message.Id.GetHashCode() & 0x7fffffff;
        if (attempt == 1 && hash % 3 == 0)
        {
            record("429");
            return DeliveryOutcome.RetryLater(RetryAfter, "429 Too Many Requests", throttled: true);
        }

        if (attempt <= 2 && hash % 5 == 0 && !_attempts.Any(a => a.Id == message.Id && a.Outcome == "503"))
        {
            record("503");
            return DeliveryOutcome.RetryLater(null, "503 Service Unavailable");
        }

        record("sent");
        return DeliveryOutcome.Delivered($"activity-{message.Id:N}");
    }

    private IEnumerable<TimeSpan> ThrottleWaits()
    {
        var all = _attempts.ToList();
        foreach (var throttled in all.Where(a => a.Outcome == "429"))
        {
            var next = all.Where(a => a.Id == throttled.Id && a.At > throttled.At).Select(a => a.At).DefaultIfEmpty().Min();
            yield return next - throttled.At;
        }
    }

    private static async Task AssertEnqueueOrderKeptAsync(OutboxTestHost host, FakeDelivery delivery)
    {
        await using var connection = await host.OpenAsync();
        var rows = await connection.QueryAsync<(string Id, string OrderingKey)>("SELECT id, ordering_key FROM outbox ORDER BY seq");
        foreach (var group in rows.GroupBy(r => r.OrderingKey))
        {
            Assert.Equal(group.Select(r => Guid.Parse(r.Id)), delivery.DeliveredByConversation[group.Key]);
        }
    }

    private sealed record Attempt(Guid Id, string Conversation, string Owner, DateTimeOffset At, string Outcome);
}
