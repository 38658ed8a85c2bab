using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Timers;

public sealed class PostgresTimerWorkerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Kind = "test.kind";

    [PostgresFact]
    public async Task TwoWorkers_200Timers_EachHandlerInvokedExactlyOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        var recorder = new TimerRecorder { Behavior = async (t, _, ct) => await Task.Delay(Random.Shared.Next(0, 3), ct) };
        void Handlers(IServiceCollection s)
        {
            s.AddSingleton(recorder);
            s.AddTimerHandler<RecordingTimerHandler>(Kind);
        }

        await using var a = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, time, "A", Handlers);
        await using var b = new SharedTestHost(StorageProvider.Postgres, database.ConnectionString, time, "B", Handlers);
        await a.MigrateAsync();
        for (var i = 0; i < 200; i++)
        {
            await (i % 2 == 0 ? a : b).Timers.ScheduleAsync($"t:{i}", Kind, time.GetUtcNow().AddSeconds(i % 7), "{}");
        }

        time.Advance(TimeSpan.FromSeconds(10));
        var claimedBy = new int[2];
        await Task.WhenAll(new[] { a, b }.Select((host, index) => Task.Run(async () =>
        {
            int claimed;
            while ((claimed = await host.Worker.RunOnceAsync(default)) > 0)
            {
                Interlocked.Add(ref claimedBy[index], claimed);
            }
        })));

        Assert.Equal(200, recorder.Completed.Count);
        Assert.All(recorder.Runs.Values, runs => Assert.Equal(1, runs));
        Assert.Equal(200, claimedBy.Sum());
        await using var connection = await a.OpenAsync();
        Assert.Equal(200, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM durable_timers WHERE status = 'done'"));
    }
}
