using System.Collections.Concurrent;
using System.Diagnostics;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>
/// Teams' app-wide limit (about 50 requests a second per tenant) spans every conversation, so the hosted worker paces
/// all its sends, and does so before claiming: a row waiting for its turn stays pending. Only lower bounds on time
/// are asserted (a slow machine can make a paced run longer, never shorter); the class runs alone so a busy thread
/// pool does not bunch up sends that were paced evenly.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class OutboxSendRateTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Sends_to_many_conversations_are_paced_to_the_configured_rate()
    {
        var sentAt = new ConcurrentQueue<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var delivery = new FakeDelivery
        {
            Behavior = (m, _, _) =>
            {
                sentAt.Enqueue(clock.Elapsed);
                return Task.FromResult(DeliveryOutcome.Delivered($"activity-{m.Id:N}"));
            },
        };
        await using var host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, delivery, _time,
            new Dictionary<string, string?> { ["Outbox:MaxSendsPerSecond"] = "10", ["Outbox:MaxParallelism"] = "32" });
        await host.MigrateAsync();
        for (var i = 0; i < 25; i++) await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send($"a:{i}"));

        await host.StartAsync();
        await Eventually.TrueAsync(() => delivery.TotalDelivered == 25, Patience, "all 25 are delivered");
        await host.StopAsync(Patience);

        var times = sentAt.Order().ToList();
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(2), $"25 sends at 10/s took only {times[^1] - times[0]}");
        // A second sees the one stored turn and ten refills; deliveries claimed just before it may still start in it
        // on a busy machine. Unpaced, all 25 land within milliseconds, so a loose bound still tells the two apart.
        var busiestSecond = times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)));
        Assert.True(busiestSecond <= 15, $"{busiestSecond} sends within one second: {string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public async Task Rows_waiting_for_their_turn_stay_pending_without_a_lease()
    {
        var release = new TaskCompletionSource<DeliveryOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivery = new FakeDelivery { Behavior = (_, _, _) => release.Task };
        await using var host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, delivery, _time,
            new Dictionary<string, string?> { ["Outbox:MaxSendsPerSecond"] = "1" });
        await host.MigrateAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add((await host.Outbox.EnqueueAsync(OutboxWorkerTests.Send($"a:{i}"))).Id);

        await host.StartAsync();
        await delivery.FirstAttempt.Task.WaitAsync(Patience);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var rows = new List<OutboxMessage>();
        foreach (var id in ids) rows.Add(await host.GetAsync(id));
        var waiting = rows.Where(r => r.Status == OutboxStatus.Pending).ToList();
        Assert.NotEmpty(waiting); // at 1/s about two turns have come; all five would be in flight if unpaced
        Assert.All(waiting, r =>
        {
            Assert.Null(r.LeaseOwner);
            Assert.Null(r.LeaseUntil);
            Assert.Equal(0, r.Attempts);
            Assert.False(delivery.Attempts.ContainsKey(r.Id));
        });

        // The worker now waits for a turn; stopping must end that wait quietly, not fault the hosted service.
        release.SetResult(DeliveryOutcome.Delivered("done"));
        await host.StopAsync(Patience);
        Assert.True(host.Worker.ExecuteTask?.IsCompletedSuccessfully, $"worker loop ended as {host.Worker.ExecuteTask?.Status}");
        Assert.All(ids.Where(id => delivery.Attempts.ContainsKey(id)), id => Assert.Equal(OutboxStatus.Sent, host.GetAsync(id).Result.Status));
    }
}
