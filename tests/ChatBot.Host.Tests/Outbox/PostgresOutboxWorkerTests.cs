using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>Two instances sharing one PostgreSQL database drain a backlog under 429s and 503s.</summary>
public sealed class PostgresOutboxWorkerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Conversations = 100;
    private const int PerConversation = 5;
    private const int Total = Conversations * PerConversation;

    [PostgresFact]
    public async Task TwoWorkers_500MessagesWith429And503_EachDeliveredExactlyOnceInOrder()
    {
        // One recorder for both instances, so duplicates and same-conversation overlaps across them show.
        var delivery = new FakeDelivery { Behavior = FlakyConnector };
        await using var hostA = CreateHost("A", delivery);
        await using var hostB = CreateHost("B", delivery);
        await Task.WhenAll(hostA.StartAsync(), hostB.StartAsync());

        // Both instances enqueue while both deliver; every 10th message is enqueued twice (same dedupe key).
        var results = await Task.WhenAll(Enumerable.Range(0, Total).Select(i => Task.Run(async () =>
        {
            var host = i % 2 == 0 ? hostA : hostB;
            var envelope = OutboxWorkerTests.Send($"a:{i % Conversations}", $"test:{i}");
            var first = await host.Outbox.EnqueueAsync(envelope);
            var again = i % 10 == 0 ? await (i % 4 == 0 ? hostB : hostA).Outbox.EnqueueAsync(envelope) : first;
            Assert.Equal(first.Id, again.Id);
            return first;
        })));
        Assert.All(results, r => Assert.True(r.Created));

        await Eventually.TrueAsync(() => delivery.Delivered.Count == Total, TimeSpan.FromSeconds(90), "all messages delivered");
        await Eventually.TrueAsync(() => hostA.Worker.RunningCount + hostB.Worker.RunningCount == 0, TimeSpan.FromSeconds(10), "outcomes recorded");
        await Task.WhenAll(hostA.StopAsync(TimeSpan.FromSeconds(10)), hostB.StopAsync(TimeSpan.FromSeconds(10)));

        Assert.All(delivery.Delivered.Values, count => Assert.Equal(1, count));
        Assert.Equal(new OutboxCounts(0, 0, Total, 0), await hostA.Admin.CountsAsync());
        Assert.Equal(0, delivery.ConcurrentSameConversation);
        Assert.True(delivery.AttemptsByOwner.GetValueOrDefault("A") > 0 && delivery.AttemptsByOwner.GetValueOrDefault("B") > 0, "both instances worked");
        Assert.True(delivery.Attempts.Values.Sum() > Total, "some attempts were retried");
        await AssertThrottlesNotCountedAsync(hostA);
        await AssertEnqueueOrderKeptAsync(hostA, delivery);
    }

    private OutboxTestHost CreateHost(string instanceId, FakeDelivery delivery) =>
        new(StorageProvider.Postgres, database.ConnectionString, delivery, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Outbox:InstanceId"] = instanceId,
            ["Outbox:RetryBaseDelay"] = "00:00:00.020",
            ["Outbox:RetryMaxDelay"] = "00:00:00.200",
        });

    // Deterministic per message: about a fifth get a 429 (Retry-After 50 ms) first, a seventh a 503 twice.
    private static async Task<DeliveryOutcome> FlakyConnector(OutboxMessage message, int attempt, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        var hash = message.Id.GetHashCode() & 0x7fffffff;
        if (attempt == 1 && hash % 5 == 0)
        {
            return DeliveryOutcome.RetryLater(TimeSpan.FromMilliseconds(50), "429 Too Many Requests", throttled: true);
        }

        return attempt <= 2 && hash % 7 == 0
            ? DeliveryOutcome.RetryLater(null, "503 Service Unavailable")
            : DeliveryOutcome.Delivered($"activity-{message.Id:N}");
    }

    // A 429 gives its attempt back: a row throttled once and then delivered shows one attempt.
    private static async Task AssertThrottlesNotCountedAsync(OutboxTestHost host)
    {
        await using var connection = await host.OpenAsync();
        var throttled = await connection.QueryAsync<(long Attempts, long ThrottledCount)>(
            "SELECT attempts, throttled_count FROM outbox WHERE throttled_count > 0");
        Assert.NotEmpty(throttled);
        Assert.All(throttled, r => Assert.Equal(1, r.ThrottledCount));
        Assert.Contains(throttled, r => r.Attempts == 1);
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
}
