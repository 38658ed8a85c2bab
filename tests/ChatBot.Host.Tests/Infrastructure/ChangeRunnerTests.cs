using System.Data.Common;
using ChatBot.Domain.Changes;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Infrastructure;

public sealed class ChangeRunnerTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private sealed record Counter(string Id, int Value, int Version);

    /// <summary>A store in memory: what matters here is the order of the runner's steps, not SQL.</summary>
    private sealed class CounterStore : IVersionedStore<Counter, Counter>
    {
        public Dictionary<string, Counter> Rows { get; } = new() { ["c1"] = new Counter("c1", 0, 1) };

        public List<string> Steps { get; } = [];

        /// <summary>Set to make the next write find the row moved (another instance won the race).</summary>
        public Counter? MovedMeanwhile { get; set; }

        public Task<Counter?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
            Task.FromResult(Rows.GetValueOrDefault(id));

        public int VersionOf(Counter state) => state.Version;

        public string StreamOf(Counter state) => "counter:" + state.Id;

        public Task<Counter?> PersistAsync(Counter current, Counter change, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            Steps.Add("persist");
            if (MovedMeanwhile is { } moved)
            {
                Rows[moved.Id] = moved;
                return Task.FromResult<Counter?>(null);
            }
            Rows[change.Id] = change;
            return Task.FromResult<Counter?>(change);
        }
    }

    private static ChangeCommand<Counter, Counter> Increment(CounterStore store, string id, string actor, int? seen, List<string> notified) =>
        new(id, actor, seen, c => actor != "stranger", (c, now) => c.Value >= 2
            ? Decision.Reject<Counter>("TooHigh")
            : Decision.Accept(c with { Value = c.Value + 1, Version = c.Version + 1 }, "counter.incremented", new { value = c.Value + 1 }))
        {
            Schedule = (before, after, now, connection, transaction, ct) =>
            {
                store.Steps.Add($"schedule {before.Value}->{after.Value}");
                return Task.CompletedTask;
            },
            Notify = (c, ct) =>
            {
                notified.Add($"{c.Id}={c.Value}");
                return Task.CompletedTask;
            },
        };

    private async Task<(SharedTestHost Host, ChangeRunner Runner)> RunnerAsync()
    {
        var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.MigrateAsync();
        return (host, host.Services.GetRequiredService<ChangeRunner>());
    }

    [Fact]
    public async Task Run_Allowed_PersistsSchedulesAuditsThenNotifies()
    {
        var (host, runner) = await RunnerAsync();
        await using var _ = host;
        var store = new CounterStore();
        var notified = new List<string>();

        var result = await runner.RunAsync(store, Increment(store, "c1", "hr-owner", 1, notified), default);

        Assert.Equal(ChangeStatus.Done, result.Status);
        Assert.Equal(new Counter("c1", 1, 2), result.State);
        Assert.Equal(["persist", "schedule 0->1"], store.Steps);
        Assert.Equal(["c1=1"], notified);
        var history = Assert.Single(await host.Audit.ReadStreamAsync("counter:c1"));
        Assert.Equal(("counter.incremented", "hr-owner"), (history.Action, history.Actor));
    }

    [Fact]
    public async Task Run_Refused_NothingWrittenNoOneNotified()
    {
        var (host, runner) = await RunnerAsync();
        await using var _ = host;
        var store = new CounterStore();
        store.Rows["c2"] = new Counter("c2", 2, 3);
        var notified = new List<string>();

        var missing = await runner.RunAsync(store, Increment(store, "nope", "hr-owner", null, notified), default);
        var forbidden = await runner.RunAsync(store, Increment(store, "c1", "stranger", 1, notified), default);
        var stale = await runner.RunAsync(store, Increment(store, "c1", "hr-owner", 7, notified), default);
        var rejected = await runner.RunAsync(store, Increment(store, "c2", "hr-owner", 3, notified), default);

        Assert.Equal((ChangeStatus.NotFound, (Counter?)null), (missing.Status, missing.State));
        Assert.Equal((ChangeStatus.Forbidden, store.Rows["c1"]), (forbidden.Status, forbidden.State));
        Assert.Equal((ChangeStatus.Stale, store.Rows["c1"]), (stale.Status, stale.State));
        Assert.Equal((ChangeStatus.Rejected, store.Rows["c2"], "TooHigh"), (rejected.Status, rejected.State, rejected.Reason));
        Assert.Empty(store.Steps);
        Assert.Empty(notified);
        Assert.Empty(await host.Audit.ReadStreamAsync("counter:c1"));
        Assert.Empty(await host.Audit.ReadStreamAsync("counter:c2"));
    }

    [Fact]
    public async Task Run_RowMovedBeforeTheWrite_StaleWithTheCurrentState()
    {
        var (host, runner) = await RunnerAsync();
        await using var _ = host;
        var store = new CounterStore { MovedMeanwhile = new Counter("c1", 5, 9) };
        var notified = new List<string>();

        var result = await runner.RunAsync(store, Increment(store, "c1", "hr-owner", 1, notified), default);

        Assert.Equal((ChangeStatus.Stale, new Counter("c1", 5, 9)), (result.Status, result.State));
        Assert.Equal(["persist"], store.Steps);
        Assert.Empty(notified);
        Assert.Empty(await host.Audit.ReadStreamAsync("counter:c1"));
    }
}
