using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>Outbox semantics on SQLite, one cycle at a time (<c>RunOnceAsync</c>) under a fake clock.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime
public sealed class OutboxWorkerTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeDelivery _delivery = new();
    private readonly OutboxTestHost _host;

    public OutboxWorkerTests()
    {
        _host = new OutboxTestHost(StorageProvider.Sqlite, _database.ConnectionString, _delivery, _time,
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
    }

    public async Task InitializeAsync() => await _host.MigrateAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task RunOnce_PendingMessage_MarksSentWithActivityId()
    {
        var result = await _host.Outbox.EnqueueAsync(Send("a:1"));

        Assert.Equal(1, await _host.Worker.RunOnceAsync(default));

        var row = await _host.GetAsync(result.Id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal($"activity-{result.Id:N}", row.ResultActivityId);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.LeaseOwner);
        Assert.Equal(1, _delivery.Delivered[result.Id]);
    }

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_StoresOneMessage()
    {
        var first = await _host.Outbox.EnqueueAsync(Send("a:1", "campaign:7:user:u1"));
        var second = await _host.Outbox.EnqueueAsync(Send("a:1", "campaign:7:user:u1"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Id, second.Id);
        await _host.Worker.RunOnceAsync(default);
        Assert.Equal(new OutboxCounts(0, 0, 1, 0), await _host.Admin.CountsAsync());
    }

    [Fact]
    public async Task Enqueue_InCallerTransactionRolledBack_LeavesNothing()
    {
        var connection = await _host.OpenAsync();
        await using (connection)
        {
            var transaction = await connection.BeginTransactionAsync();
            await _host.Outbox.EnqueueAsync(Send("a:1"), connection, transaction);
            await transaction.RollbackAsync();
        }

        Assert.Equal(new OutboxCounts(0, 0, 0, 0), await _host.Admin.CountsAsync());
    }

    [Fact]
    public async Task RunOnce_503_RetriesWithExponentialBackoffWindow()
    {
        _delivery.Behavior = (m, attempt, _) => Task.FromResult(attempt < 3
            ? DeliveryOutcome.RetryLater(null, "503 Service Unavailable")
            : DeliveryOutcome.Delivered("x"));
        var id = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;

        await _host.Worker.RunOnceAsync(default);
        var afterFirst = await _host.GetAsync(id);
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal("503 Service Unavailable", afterFirst.LastError);
        Assert.InRange(afterFirst.NextAttemptAt, Start, Start.AddSeconds(2)); // attempt 1: [0, base]

        _time.Advance(TimeSpan.FromSeconds(2));
        await _host.Worker.RunOnceAsync(default);
        var afterSecond = await _host.GetAsync(id);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.InRange(afterSecond.NextAttemptAt, _time.GetUtcNow(), _time.GetUtcNow().AddSeconds(4)); // attempt 2: [0, 2 x base]

        _time.Advance(TimeSpan.FromSeconds(4));
        await _host.Worker.RunOnceAsync(default);
        Assert.Equal(OutboxStatus.Sent, (await _host.GetAsync(id)).Status);
        Assert.Equal(1, _delivery.Delivered[id]);
    }

    [Fact]
    public async Task RunOnce_429WithRetryAfter7s_NotRetriedBefore7s()
    {
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(attempt == 1
            ? DeliveryOutcome.RetryLater(TimeSpan.FromSeconds(7), "429 Too Many Requests", throttled: true)
            : DeliveryOutcome.Delivered("x"));
        var id = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;

        await _host.Worker.RunOnceAsync(default);
        Assert.True((await _host.GetAsync(id)).NextAttemptAt >= Start.AddSeconds(7));

        _time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Equal(0, await _host.Worker.RunOnceAsync(default));
        Assert.Equal(1, _delivery.Attempts[id]);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, await _host.Worker.RunOnceAsync(default));
        Assert.Equal(OutboxStatus.Sent, (await _host.GetAsync(id)).Status);
    }

    [Fact]
    public async Task RunOnce_TransientFailureEveryTime_DeadAfterMaxAttempts()
    {
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(DeliveryOutcome.RetryLater(null, $"503 #{attempt}"));
        var id = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;

        for (var i = 0; i < 5; i++)
        {
            await _host.Worker.RunOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var row = await _host.GetAsync(id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Equal("503 #3", row.LastError);
        Assert.Equal(3, _delivery.Attempts[id]);
    }

    [Fact]
    public async Task RunOnce_PermanentFailure_DeadAtOnce()
    {
        _delivery.Behavior = (_, _, _) => Task.FromResult(DeliveryOutcome.Failed("403 MessageWritesBlocked"));
        var id = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;

        await _host.Worker.RunOnceAsync(default);

        var dead = Assert.Single(await _host.Admin.ListDeadAsync(10));
        Assert.Equal(id, dead.Id);
        Assert.Equal(1, dead.Attempts);
        Assert.Equal("403 MessageWritesBlocked", dead.LastError);
    }

    [Fact]
    public async Task RetryAsync_DeadMessage_IsDeliveredAgain()
    {
        _delivery.Behavior = (_, attempt, _) => Task.FromResult(attempt == 1
            ? DeliveryOutcome.Failed("404 conversation not found")
            : DeliveryOutcome.Delivered("later"));
        var id = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;
        await _host.Worker.RunOnceAsync(default);

        Assert.True(await _host.Admin.RetryAsync(id));
        Assert.False(await _host.Admin.RetryAsync(id)); // no longer dead
        Assert.Equal(0, (await _host.GetAsync(id)).Attempts);
        await _host.Worker.RunOnceAsync(default);

        var row = await _host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("later", row.ResultActivityId);
        Assert.Empty(await _host.Admin.ListDeadAsync(10));
    }

    [Fact]
    public async Task RunOnce_SameConversation_OneAtATimeInEnqueueOrder()
    {
        var first = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;
        var second = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;
        var other = (await _host.Outbox.EnqueueAsync(Send("a:2"))).Id;

        Assert.Equal(2, await _host.Worker.RunOnceAsync(default));
        Assert.Equal(1, await _host.Worker.RunOnceAsync(default));

        Assert.Equal([first, second], _delivery.DeliveredByConversation["a:1"]);
        Assert.Equal([other], _delivery.DeliveredByConversation["a:2"]);
    }

    [Fact]
    public async Task RunOnce_ConversationInBackoff_HoldsLaterMessagesBack()
    {
        var first = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;
        var second = (await _host.Outbox.EnqueueAsync(Send("a:1"))).Id;
        _delivery.Behavior = (m, attempt, _) => Task.FromResult(m.Id == first && attempt == 1
            ? DeliveryOutcome.RetryLater(TimeSpan.FromSeconds(30), "429", throttled: true)
            : DeliveryOutcome.Delivered("x"));

        await _host.Worker.RunOnceAsync(default);
        Assert.Equal(0, await _host.Worker.RunOnceAsync(default));

        _time.Advance(TimeSpan.FromSeconds(30));
        await _host.Worker.RunOnceAsync(default);
        await _host.Worker.RunOnceAsync(default);
        Assert.Equal([first, second], _delivery.DeliveredByConversation["a:1"]);
    }

    [Fact]
    public async Task Enqueue_CreateAndSendWithoutTenant_Throws()
    {
        var envelope = new OutboxEnvelope(OutboxKind.CreateAndSend, new OutboxTarget("https://smba.example/", UserAadObjectId: "u1"), "{}");

        await Assert.ThrowsAsync<ArgumentNullException>(() => _host.Outbox.EnqueueAsync(envelope));
    }

    internal static OutboxEnvelope Send(string conversationId, string? dedupeKey = null) =>
        new(OutboxKind.Send, new OutboxTarget("https://smba.trafficmanager.net/teams/", conversationId), """{"type":"message","text":"hi"}""", dedupeKey);
}
