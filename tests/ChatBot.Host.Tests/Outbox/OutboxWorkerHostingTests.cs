using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>The worker as a hosted service on SQLite: wake-up, and an instance dying mid-delivery.</summary>
public sealed class OutboxWorkerHostingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Start_FreshDatabase_MigratesThenDeliversOnEnqueueWithoutPolling()
    {
        var delivery = new FakeDelivery();
        await using var host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, delivery, _time,
            new Dictionary<string, string?> { ["Outbox:PollInterval"] = "01:00:00" });
        await host.StartAsync();

        var id = (await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1"))).Id;

        await Eventually.TrueAsync(() => delivery.Delivered.ContainsKey(id), Patience, "the enqueue signal wakes the worker");
        await Eventually.TrueAsync(() => host.Worker.RunningCount == 0, Patience, "the outcome is recorded");
        Assert.Equal(OutboxStatus.Sent, (await host.GetAsync(id)).Status);
        await host.StopAsync(Patience);
    }

    [Fact]
    public async Task StopAsync_DeliveryInProgress_LetsItFinishAndRecordsIt()
    {
        var release = new TaskCompletionSource<DeliveryOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivery = new FakeDelivery { Behavior = (_, _, _) => release.Task };
        await using var host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, delivery, _time);
        await host.StartAsync();
        var id = (await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1"))).Id;
        await delivery.FirstAttempt.Task.WaitAsync(Patience);

        var stopping = host.StopAsync(Patience);
        Assert.False(stopping.IsCompleted);
        release.SetResult(DeliveryOutcome.Delivered("done"));
        await stopping;

        Assert.Equal("done", (await host.GetAsync(id)).ResultActivityId);
    }

    [Fact]
    public async Task Restart_InstanceDiesMidDelivery_OtherInstanceDeliversEachMessageExactlyOnce()
    {
        // Instance A claims everything, then hangs inside the connector call and is stopped without
        // finishing, as a kill -9 would leave it.
        var hang = new TaskCompletionSource<DeliveryOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var deliveryA = new FakeDelivery { Behavior = (_, _, _) => hang.Task };
        var hostA = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, deliveryA, _time,
            new Dictionary<string, string?> { ["Outbox:InstanceId"] = "A" });
        await hostA.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await hostA.Outbox.EnqueueAsync(OutboxWorkerTests.Send($"a:{i}"))).Id);
        }

        await Eventually.TrueAsync(() => deliveryA.Attempts.Count == 5, Patience, "A claims all five");
        await hostA.StopAsync(TimeSpan.Zero);

        // B starts after A's leases expired; a message enqueued meanwhile must not be lost either.
        var deliveryB = new FakeDelivery();
        await using var hostB = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, deliveryB, _time,
            new Dictionary<string, string?> { ["Outbox:InstanceId"] = "B" });
        ids.Add((await hostB.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:late"))).Id);
        Assert.All(ids.Take(5), id => Assert.Equal("A", hostB.GetAsync(id).Result.LeaseOwner));
        _time.Advance(TimeSpan.FromSeconds(31));
        await hostB.StartAsync();
        await Eventually.TrueAsync(() => deliveryB.Delivered.Count == 6, Patience, "B delivers all six");
        await Eventually.TrueAsync(() => hostB.Worker.RunningCount == 0, Patience, "B records the outcomes");

        // A's stuck calls finally return; as a stale owner it must not change B's rows.
        hang.SetResult(DeliveryOutcome.RetryLater(null, "stale"));
        await Eventually.TrueAsync(() => hostA.Worker.RunningCount == 0, Patience, "A's calls finish");
        await hostA.DisposeAsync();

        foreach (var id in ids)
        {
            Assert.Equal(1, deliveryB.Delivered.GetValueOrDefault(id) + deliveryA.Delivered.GetValueOrDefault(id));
            var row = await hostB.GetAsync(id);
            Assert.Equal(OutboxStatus.Sent, row.Status);
            Assert.Equal($"activity-{id:N}", row.ResultActivityId);
        }

        Assert.Equal(new OutboxCounts(0, 0, 6, 0), await hostB.Admin.CountsAsync());
        await hostB.StopAsync(Patience);
    }
}
