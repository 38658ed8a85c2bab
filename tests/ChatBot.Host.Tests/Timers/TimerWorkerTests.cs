using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Timers;

public sealed class TimerWorkerTests : IDisposable
{
    private const string Kind = "test.kind";
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    private readonly TimerRecorder _recorder = new();

    public void Dispose() => _database.Dispose();

    private async Task<SharedTestHost> HostAsync(string instanceId = "A")
    {
        var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time, instanceId, services =>
        {
            services.AddSingleton(_recorder);
            services.AddTimerHandler<RecordingTimerHandler>(Kind);
        });
        await host.MigrateAsync();
        return host;
    }

    [Fact]
    public async Task RunOnce_BeforeDue_NothingThenFiresAtDueOnce()
    {
        await using var host = await HostAsync();
        await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow().AddMinutes(10), "{\"n\":1}");

        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));

        Assert.Equal(1, _recorder.Completed["k1"]);
        Assert.Equal(TimerStatus.Done, (await host.Timers.GetAsync("k1"))!.Status);
    }

    [Fact]
    public async Task Schedule_SameKeyAgain_ReplacesDueTimeAndPayload()
    {
        await using var host = await HostAsync();
        string? payload = null;
        _recorder.Behavior = (t, _, _) => { payload = t.PayloadJson; return Task.CompletedTask; };
        Assert.True(await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow().AddMinutes(1), "{\"v\":1}"));
        Assert.True(await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow().AddMinutes(5), "{\"v\":2}"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));
        Assert.Equal("{\"v\":2}", payload);

        // Fired: scheduling the key again changes nothing.
        Assert.False(await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow(), "{\"v\":3}"));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
    }

    [Fact]
    public async Task Cancel_PendingTimer_NeverFires()
    {
        await using var host = await HostAsync();
        await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow().AddMinutes(1), "{}");
        Assert.True(await host.Timers.CancelAsync("k1"));
        Assert.False(await host.Timers.CancelAsync("k1"));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
        Assert.Equal(TimerStatus.Cancelled, (await host.Timers.GetAsync("k1"))!.Status);
    }

    [Fact]
    public async Task ScheduleIfAbsent_ManyInstancesSeeding_OneTimer()
    {
        await using var a = await HostAsync("A");
        await using var b = await HostAsync("B");
        var created = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? a : b).Timers.ScheduleIfAbsentAsync("campaign:FY2026-Q4", Kind, _time.GetUtcNow().AddDays(i + 1), "{}")));
        Assert.Single(created, c => c);
        Assert.Equal(_time.GetUtcNow().AddDays(1), (await a.Timers.GetAsync("campaign:FY2026-Q4"))!.DueAt);
    }

    [Fact]
    public async Task Handler_Throws_RetriedWithBackoffThenFailed()
    {
        await using var host = await HostAsync();
        _recorder.Behavior = (_, _, _) => throw new InvalidOperationException("boom");
        await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow(), "{}");

        Assert.Equal(1, await host.Worker.RunOnceAsync(default));
        var timer = await host.Timers.GetAsync("k1");
        Assert.Equal(TimerStatus.Pending, timer!.Status);
        Assert.Equal(_time.GetUtcNow().AddSeconds(1), timer.DueAt);
        Assert.Contains("boom", timer.LastError, StringComparison.Ordinal);

        Assert.Equal(0, await host.Worker.RunOnceAsync(default)); // backing off
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));
        Assert.Equal(_time.GetUtcNow().AddSeconds(2), (await host.Timers.GetAsync("k1"))!.DueAt);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));

        timer = await host.Timers.GetAsync("k1");
        Assert.Equal(TimerStatus.Failed, timer!.Status);
        Assert.Equal(3, timer.Attempts);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await host.Worker.RunOnceAsync(default));
        Assert.Equal(3, _recorder.Runs["k1"]);
    }

    [Fact]
    public async Task UnknownKind_Failed()
    {
        await using var host = await HostAsync();
        await host.Timers.ScheduleAsync("k1", "nobody.handles", _time.GetUtcNow(), "{}");
        for (var i = 0; i < 3; i++)
        {
            await host.Worker.RunOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var timer = await host.Timers.GetAsync("k1");
        Assert.Equal(TimerStatus.Failed, timer!.Status);
        Assert.Contains("nobody.handles", timer.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_InstanceDiesMidHandler_NewInstanceFiresOnceAfterTheLease()
    {
        var stuck = new TaskCompletionSource();
        var firstRunStarted = new TaskCompletionSource();
        _recorder.Behavior = async (_, run, _) =>
        {
            if (run == 1)
            {
                firstRunStarted.SetResult();
                await stuck.Task; // a frozen instance: ignores cancellation, never records
            }
        };
        var a = await HostAsync("A");
        await a.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow(), "{}");
        var firstRun = a.Worker.RunOnceAsync(default);
        await firstRunStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await a.DisposeAsync(); // "killed"

        await using var b = await HostAsync("B");
        Assert.Equal(0, await b.Worker.RunOnceAsync(default)); // still leased by A
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await b.Worker.RunOnceAsync(default));
        Assert.Equal(TimerStatus.Done, (await b.Timers.GetAsync("k1"))!.Status);

        // A wakes up late: its outcome is not recorded over B's.
        stuck.SetResult();
        await firstRun.WaitAsync(TimeSpan.FromSeconds(10));
        var timer = await b.Timers.GetAsync("k1");
        Assert.Equal(TimerStatus.Done, timer!.Status);
        Assert.Null(timer.LeaseOwner);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await b.Worker.RunOnceAsync(default));
        Assert.Equal(2, _recorder.Runs["k1"]);
    }

    [Fact]
    public async Task Worker_Started_FiresWhenTheClockReachesDue()
    {
        await using var host = await HostAsync();
        await host.StartAsync();
        await host.Timers.ScheduleAsync("k1", Kind, _time.GetUtcNow().AddSeconds(30), "{}");
        await Task.Delay(100);
        Assert.False(_recorder.Runs.ContainsKey("k1"));
        _time.Advance(TimeSpan.FromSeconds(30));
        await ChatBot.Host.Tests.Outbox.Eventually.TrueAsync(() => _recorder.Completed.ContainsKey("k1"), TimeSpan.FromSeconds(10), "the timer fired");
    }

    [Fact]
    public void AddTimerHandler_SameKindTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddTimerHandler<RecordingTimerHandler>(Kind);
        Assert.Throws<InvalidOperationException>(() => services.AddTimerHandler<RecordingTimerHandler>(Kind));
    }
}
