using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Timers;

/// <summary>A run longer than two leases keeps its claim through the heartbeat (SQLite, real time; issue 19).</summary>
public sealed class TimerHeartbeatTests : IDisposable
{
    private const string Kind = "test.kind";
    private readonly string _directory = Directory.CreateTempSubdirectory("chatbot-heartbeat-").FullName;

    [Fact]
    public async Task RunOnce_HandlerOutlivesTwoLeases_OtherInstanceNeverRunsIt()
    {
        var recorder = new TimerRecorder { Behavior = async (_, _, ct) => await Task.Delay(TimeSpan.FromSeconds(7), ct) };
        void Handlers(IServiceCollection s)
        {
            s.AddSingleton(recorder);
            s.AddTimerHandler<RecordingTimerHandler>(Kind);
        }

        var settings = new Dictionary<string, string?> { ["Timers:LeaseDuration"] = "00:00:03" }; // renewed each second; slack for a loaded machine
        var connectionString = $"Data Source={Path.Combine(_directory, "bot.db")}";
        await using var a = new SharedTestHost(StorageProvider.Sqlite, connectionString, TimeProvider.System, "A", Handlers, settings);
        await using var b = new SharedTestHost(StorageProvider.Sqlite, connectionString, TimeProvider.System, "B", Handlers, settings);
        await a.MigrateAsync();
        await a.Timers.ScheduleAsync("t:1", Kind, DateTimeOffset.UtcNow, "{}");

        var runA = a.Worker.RunOnceAsync(default);
        var claimedByB = 0;
        while (!runA.IsCompleted)
        {
            claimedByB += await b.Worker.RunOnceAsync(default);
            await Task.Delay(100);
        }

        Assert.Equal(1, await runA);
        Assert.Equal(0, claimedByB);
        Assert.Equal(1, recorder.Runs["t:1"]);
        Assert.Equal(TimerStatus.Done, (await a.Timers.GetAsync("t:1"))!.Status);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, true); } catch (IOException) { }
    }
}
