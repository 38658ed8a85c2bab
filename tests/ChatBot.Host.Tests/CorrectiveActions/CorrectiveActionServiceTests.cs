using ChatBot.Domain.Changes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Timers;
using ChatBot.Host.Timers;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.CorrectiveActions;

public sealed class CorrectiveActionServiceTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    // 2026-11-23 10:00 JST.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private async Task<SharedTestHost> HostAsync()
    {
        var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.MigrateAsync();
        return host;
    }

    private static NewCorrectiveAction Draft(string reference = "FY2026-Q3:hr:item-12", DateOnly? due = null) => new(
        CorrectiveActionOrigin.Inspection, reference, "書類保管庫の施錠 (番号 123456789018 の書類)", "hr-owner", "hr",
        due ?? new DateOnly(2026, 12, 10));

    private static (ChangeStatus, string?) Refusal(ChangeResult<CorrectiveAction> result) => (result.Status, result.Reason);

    [Fact]
    public async Task Create_SameOriginTwice_OneActionOneAuditEventMaskedTitle()
    {
        await using var host = await HostAsync();
        var (first, created) = await host.CorrectiveActions.CreateAsync(Draft(), "hr-owner");
        var (second, createdAgain) = await host.CorrectiveActions.CreateAsync(Draft(), "hr-owner");
        var (other, _) = await host.CorrectiveActions.CreateAsync(Draft("FY2026-Q3:hr:item-13"), "hr-owner");

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.Equal("CA-2026-0001", first.Id);
        Assert.Equal("CA-2026-0002", other.Id);
        Assert.DoesNotContain("123456789018", first.Title, StringComparison.Ordinal);
        Assert.Equal(CorrectiveActionStatus.Open, first.Status);
        var history = await host.Audit.ReadStreamAsync("action:CA-2026-0001");
        Assert.Equal("corrective-action.created", Assert.Single(history).Action);
        Assert.True((await host.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task Create_Concurrently_OneAction()
    {
        await using var host = await HostAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.CorrectiveActions.CreateAsync(Draft(), "hr-owner"))));
        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Action.Id).Distinct());
    }

    [Fact]
    public async Task Complete_WithoutNote_Rejected_WithNote_DoneAndAudited()
    {
        await using var host = await HostAsync();
        var (action, _) = await host.CorrectiveActions.CreateAsync(Draft(), "hr-owner");

        Assert.Equal((ChangeStatus.Rejected, "NoteRequired"), Refusal(await host.CorrectiveActions.CompleteAsync(action.Id, "hr-owner", " ")));
        Assert.Equal((ChangeStatus.Rejected, "NoteRequired"), Refusal(await host.CorrectiveActions.CancelAsync(action.Id, "hr-owner", null)));
        Assert.Equal(ChangeStatus.Done, (await host.CorrectiveActions.StartAsync(action.Id, "hr-owner")).Status);
        var done = await host.CorrectiveActions.CompleteAsync(action.Id, "hr-manager", "施錠を確認し鍵を交換した");

        Assert.True(done.Succeeded);
        Assert.Equal(CorrectiveActionStatus.Done, done.State!.Status);
        Assert.Equal("施錠を確認し鍵を交換した", done.State.ClosingNote);
        Assert.Equal(3, done.State.Version);
        Assert.Equal((ChangeStatus.Rejected, "InvalidTransition"), Refusal(await host.CorrectiveActions.CancelAsync(action.Id, "officer", "不要")));
        var history = await host.Audit.ReadStreamAsync(action.AuditStream);
        Assert.Equal(["corrective-action.created", "corrective-action.status-changed", "corrective-action.status-changed"], history.Select(e => e.Action));
        Assert.Equal("hr-manager", history[^1].Actor);
    }

    [Theory]
    [InlineData("acc-handler")]
    [InlineData("acc-manager")]
    [InlineData("hr-other")]
    public async Task Change_ByUnauthorizedActor_RejectedAndNothingWritten(string actor)
    {
        await using var host = await HostAsync();
        var (action, _) = await host.CorrectiveActions.CreateAsync(Draft(), "hr-owner");
        var result = await host.CorrectiveActions.CancelAsync(action.Id, actor, "理由");
        Assert.Equal(ChangeStatus.Forbidden, result.Status);
        Assert.Equal(CorrectiveActionStatus.Open, (await host.CorrectiveActionStore.GetAsync(action.Id))!.Status);
        Assert.Single(await host.Audit.ReadStreamAsync(action.AuditStream));
    }

    [Fact]
    public async Task ChangeStatus_StaleVersion_Conflict()
    {
        await using var host = await HostAsync();
        var (action, _) = await host.CorrectiveActions.CreateAsync(Draft(), "hr-owner");
        await host.CorrectiveActions.StartAsync(action.Id, "hr-owner");
        var stale = await host.CorrectiveActions.ChangeStatusAsync(action.Id, "hr-owner", CorrectiveActionStatus.Done, "済", expectedVersion: 1);
        Assert.Equal(ChangeStatus.Stale, stale.Status);

        // The store's own guard: a write based on version 1 finds the row at version 2 and changes nothing.
        var store = host.CorrectiveActionStore;
        await using var connection = await host.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var current = (await store.LoadAsync(action.Id, connection, transaction, default))!;
        var seen = current with { Version = 1 };
        Assert.Null(await store.PersistAsync(seen, seen with { Status = CorrectiveActionStatus.Done, ClosingNote = "済", Version = 2 },
            _time.GetUtcNow(), connection, transaction, default));
    }

    [Fact]
    public async Task Queries_ByDepartmentOwnerOriginOpenAndOverdueAroundMidnightJst()
    {
        await using var host = await HostAsync();
        var (a, _) = await host.CorrectiveActions.CreateAsync(Draft("FY2026-Q3:hr:item-1", new DateOnly(2026, 11, 30)), "hr-owner");
        await host.CorrectiveActions.CreateAsync(Draft("FY2026-Q3:hr:item-2", new DateOnly(2026, 12, 31)), "hr-owner");
        await host.CorrectiveActions.CreateAsync(
            new NewCorrectiveAction(CorrectiveActionOrigin.Incident, "INC-2026-0001:step-1", "再発防止", "acc-handler", "accounting", new DateOnly(2026, 11, 1)),
            "system");
        var store = host.CorrectiveActionStore;

        Assert.Equal(2, (await store.ListByDepartmentAsync("hr")).Count);
        Assert.Single(await store.ListByOwnerAsync("acc-handler"));
        Assert.Equal(2, (await store.ListByOriginAsync(CorrectiveActionOrigin.Inspection, "FY2026-Q3:")).Count);
        Assert.Empty(await store.ListByOriginAsync(CorrectiveActionOrigin.Inspection, "FY2026-Q4:"));
        Assert.Equal(3, (await store.ListOpenAsync()).Count);

        // 2026-11-30 23:59 JST: a (due 11-30) is not overdue yet; at 12-01 00:00 JST (still 11-30 UTC) it is.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 59, 0, TimeSpan.Zero));
        Assert.Equal(["accounting"], (await store.ListOverdueAsync()).Select(x => x.DepartmentId));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([a.Id], (await store.ListOverdueAsync("hr")).Select(x => x.Id));

        await host.CorrectiveActions.CompleteAsync(a.Id, "officer", "対応済");
        Assert.Empty(await store.ListOverdueAsync("hr"));
    }

    [Fact]
    public async Task Reminder_ScheduledOnCreate_HandlerMessagesOwnerAndSchedulesNext()
    {
        await using var host = await HostAsync();
        var (action, _) = await host.CorrectiveActions.CreateAsync(Draft(due: new DateOnly(2026, 12, 10)), "hr-owner");

        await using var connection = await host.OpenAsync();
        var keys = (await connection.QueryAsync<string>("SELECT timer_key FROM durable_timers")).ToList();
        var firstDue = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero); // 09:00 JST
        Assert.Equal([CorrectiveActionNames.ReminderKey(action.Id, firstDue)], keys);

        _time.SetUtcNow(firstDue);
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));

        var message = await connection.QuerySingleAsync<(string Kind, string User, string Payload, string DedupeKey)>(
            "SELECT kind, user_aad_object_id, payload, dedupe_key FROM outbox");
        Assert.Equal("createAndSend", message.Kind);
        Assert.Equal("hr-owner", message.User);
        Assert.Equal(keys[0], message.DedupeKey);
        Assert.Contains(action.Id, message.Payload, StringComparison.Ordinal);
        Assert.Contains("2026-12-10", message.Payload, StringComparison.Ordinal);

        var next = CorrectiveActionNames.ReminderKey(action.Id, new DateTimeOffset(2026, 12, 17, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimerStatus.Pending, (await host.Timers.GetAsync(next))!.Status);

        // Closed before the next one: it fires, sends nothing and ends the series.
        await host.CorrectiveActions.CompleteAsync(action.Id, "hr-owner", "施錠した");
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 17, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.Worker.RunOnceAsync(default));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM durable_timers"));
    }
}
