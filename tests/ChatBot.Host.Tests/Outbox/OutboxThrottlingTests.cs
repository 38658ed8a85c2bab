using System.Diagnostics.Metrics;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>429s wait Retry-After without using up attempts, bounded by MaxThrottledFor (SQLite, fake clock).</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime
public sealed class OutboxThrottlingTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeDelivery _delivery = new();
    private readonly OutboxTestHost _host;

    public OutboxThrottlingTests()
    {
        _host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, _delivery, _time, new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:MaxThrottledFor"] = "01:00:00",
        });
    }

    public async Task InitializeAsync() => await _host.MigrateAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task RunOnce_ThrottledMoreTimesThanMaxAttempts_DeliveredExactlyOnce()
    {
        using var metrics = new OutboxCounters(_host.Services.GetRequiredService<IMeterFactory>());
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(attempt <= 10
            ? Throttled(TimeSpan.FromSeconds(1))
            : DeliveryOutcome.Delivered("x"));
        var id = (await _host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1"))).Id;

        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(1, await _host.Worker.RunOnceAsync(default));
            _time.Advance(TimeSpan.FromMinutes(5)); // the backoff's cap: due again whatever the jitter
        }

        var row = await _host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(10, row.ThrottledCount);
        Assert.Equal(Start, row.FirstAttemptAt);
        Assert.Equal(1, _delivery.Delivered[id]);
        Assert.Equal(11, _delivery.Attempts[id]);
        Assert.Equal(10, metrics.Get("chatbot.outbox.throttled"));
        Assert.Equal(0, metrics.Get("chatbot.outbox.retried"));
        Assert.Equal(0, metrics.Get("chatbot.outbox.dead"));
    }

    [Fact]
    public async Task RunOnce_ThrottledRepeatedly_NeverRetriedBeforeRetryAfter()
    {
        var retryAfter = TimeSpan.FromSeconds(30);
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(attempt <= 4 ? Throttled(retryAfter) : DeliveryOutcome.Delivered("x"));
        var id = (await _host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1"))).Id;

        for (var throttles = 1; throttles <= 4; throttles++)
        {
            var throttledAt = _time.GetUtcNow();
            Assert.Equal(1, await _host.Worker.RunOnceAsync(default));
            var row = await _host.GetAsync(id);
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.Equal(throttles, row.ThrottledCount);
            Assert.True(row.NextAttemptAt >= throttledAt + retryAfter, $"next attempt {row.NextAttemptAt} before Retry-After");

            _time.Advance(retryAfter - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, await _host.Worker.RunOnceAsync(default));
            Assert.Equal(throttles, _delivery.Attempts[id]);
            _time.SetUtcNow(row.NextAttemptAt);
        }

        Assert.Equal(1, await _host.Worker.RunOnceAsync(default));
        Assert.Equal(OutboxStatus.Sent, (await _host.GetAsync(id)).Status);
        Assert.Equal(1, _delivery.Delivered[id]);
    }

    [Fact]
    public async Task RunOnce_ThrottledPastMaxThrottledFor_DeadWithClearError()
    {
        _delivery.Behavior = (_, _, _) => Task.FromResult(Throttled(TimeSpan.FromMinutes(10)));
        // Scheduled two hours ahead: the window counts from the first attempt, not from creation.
        var firstAttempt = Start.AddHours(2);
        var id = (await _host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1") with { NotBefore = firstAttempt })).Id;
        _time.SetUtcNow(firstAttempt);

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(1, await _host.Worker.RunOnceAsync(default));
            Assert.Equal(OutboxStatus.Pending, (await _host.GetAsync(id)).Status);
            _time.Advance(TimeSpan.FromMinutes(10)); // Retry-After exceeds the backoff's 5 min cap: due exactly then
        }

        Assert.Equal(1, await _host.Worker.RunOnceAsync(default)); // one hour after the first attempt
        var dead = Assert.Single(await _host.Admin.ListDeadAsync(10));
        Assert.Equal(id, dead.Id);
        Assert.Equal(0, dead.Attempts);
        Assert.Equal(7, dead.ThrottledCount);
        Assert.Equal(firstAttempt, dead.FirstAttemptAt);
        Assert.StartsWith("Throttled (429) for 01:00:00 since the first attempt, beyond Outbox:MaxThrottledFor (01:00:00)", dead.LastError, StringComparison.Ordinal);
        Assert.EndsWith("7 throttled attempts, last: 429 Throttled", dead.LastError, StringComparison.Ordinal);

        // An operator's retry starts a new window.
        Assert.True(await _host.Admin.RetryAsync(id));
        var retried = await _host.GetAsync(id);
        Assert.Equal(0, retried.Attempts);
        Assert.Equal(0, retried.ThrottledCount);
        Assert.Null(retried.FirstAttemptAt);
    }

    [Fact]
    public async Task RunOnce_503BetweenThrottles_StillCountsTowardMaxAttempts()
    {
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(attempt % 2 == 1
            ? Throttled(null)
            : DeliveryOutcome.RetryLater(null, $"503 #{attempt / 2}"));
        var id = (await _host.Outbox.EnqueueAsync(OutboxWorkerTests.Send("a:1"))).Id;

        for (var i = 0; i < 8; i++)
        {
            await _host.Worker.RunOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var row = await _host.GetAsync(id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Equal(3, row.Attempts); // the three 503s; MaxAttempts is 3
        Assert.Equal(3, row.ThrottledCount);
        Assert.Equal("503 #3", row.LastError);
        Assert.Equal(6, _delivery.Attempts[id]);
    }

    private static DeliveryOutcome Throttled(TimeSpan? retryAfter) => DeliveryOutcome.RetryLater(retryAfter, "429 Throttled", throttled: true);

    /// <summary>Sums the outbox counters of one host (its meter factory), not those of tests running alongside.</summary>
    private sealed class OutboxCounters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _totals = [];

        public OutboxCounters(IMeterFactory factory)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == OutboxMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                lock (_totals)
                {
                    _totals[instrument.Name] = _totals.GetValueOrDefault(instrument.Name) + value;
                }
            });
            _listener.Start();
        }

        public long Get(string name)
        {
            lock (_totals)
            {
                return _totals.GetValueOrDefault(name);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
