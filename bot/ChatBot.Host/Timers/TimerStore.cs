using System.Data.Common;
using ChatBot.Host.Infrastructure.Durable;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Timers;

/// <summary>
/// The <c>durable_timers</c> table's SQL: schedule and cancel here, the claim and the transitions through the
/// shared <see cref="LeasedQueue"/>, whose lease fence makes a worker whose timer was reclaimed elsewhere change nothing.
/// </summary>
internal sealed class TimerStore(IDbConnectionFactory connections)
{
    public const string Columns = """
        timer_key AS TimerKey, kind AS Kind, due_at AS DueAt, payload AS Payload, status AS Status, attempts AS Attempts,
        lease_owner AS LeaseOwner, lease_until AS LeaseUntil, last_error AS LastError
        """;

    private static readonly LeasedTable Table = new("durable_timers", "timer_key", "due_at", TimerNames.Pending, TimerNames.Running);

    private readonly LeasedQueue _queue = new(connections, Table, new ClaimQuery(Returning: Columns, OrderBy: "c.due_at"));

    /// <summary>Insert, or (when <paramref name="replace"/>) overwrite a pending or cancelled timer; true if a row was written.</summary>
    public static async Task<bool> UpsertAsync(
        string key, string kind, DateTimeOffset dueAt, string payloadJson, bool replace, DateTimeOffset now,
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payloadJson);
        ArgumentNullException.ThrowIfNull(connection);
        var conflict = replace
            ? $"""
              DO UPDATE SET kind = excluded.kind, due_at = excluded.due_at, payload = excluded.payload,
                  status = '{TimerNames.Pending}', attempts = 0, last_error = NULL, updated_at = excluded.updated_at
              WHERE durable_timers.status IN ('{TimerNames.Pending}', '{TimerNames.Cancelled}')
              """
            : "DO NOTHING";
        var written = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO durable_timers (timer_key, kind, due_at, payload, status, attempts, created_at, updated_at)
            VALUES (@Key, @Kind, @DueAt, @Payload, '{TimerNames.Pending}', 0, @Now, @Now)
            ON CONFLICT (timer_key) {conflict}
            """,
            new { Key = key, Kind = kind, DueAt = DbTime.ToDb(dueAt), Payload = payloadJson, Now = DbTime.ToDb(now) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return written == 1;
    }

    public static async Task<bool> CancelAsync(
        string key, DateTimeOffset now, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE durable_timers SET status = '{TimerNames.Cancelled}', updated_at = @Now
            WHERE timer_key = @Key AND status = '{TimerNames.Pending}'
            """,
            new { Key = key, Now = DbTime.ToDb(now) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<DurableTimer?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<TimerRow>(new CommandDefinition(
                $"SELECT {Columns} FROM durable_timers WHERE timer_key = @Key", new { Key = key },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToTimer();
        }
    }

    /// <summary>Leases up to <paramref name="limit"/> due timers (or timers whose lease expired).</summary>
    public async Task<IReadOnlyList<DurableTimer>> ClaimAsync(
        string owner, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var rows = await _queue.ClaimAsync<TimerRow>(owner, limit, now, leaseUntil, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r.ToTimer()).OrderBy(t => t.DueAt).ToList();
    }

    public Task<bool> MarkDoneAsync(string key, string owner, DateTimeOffset now) =>
        _queue.TransitionAsync(key, owner, now, $"status = '{TimerNames.Done}', last_error = NULL");

    public Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset dueAt, string error, DateTimeOffset now) =>
        _queue.TransitionAsync(
            key, owner, now, $"status = '{TimerNames.Pending}', due_at = @DueAt, last_error = @Error", new { DueAt = DbTime.ToDb(dueAt), Error = error });

    public Task<bool> MarkFailedAsync(string key, string owner, string error, DateTimeOffset now) =>
        _queue.TransitionAsync(key, owner, now, $"status = '{TimerNames.Failed}', last_error = @Error", new { Error = error });

    /// <summary>Gives back a claim whose run was aborted by shutdown, without counting the attempt.</summary>
    public Task<bool> ReleaseAsync(string key, string owner, DateTimeOffset now) => _queue.ReleaseAsync(key, owner, now);

    /// <summary>Extends a held lease (a heartbeat while the handler runs); false once the timer is no longer <paramref name="owner"/>'s.</summary>
    public Task<bool> RenewAsync(string key, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _queue.RenewAsync(key, owner, leaseUntil, cancellationToken);

    private sealed class TimerRow
    {
        public string TimerKey { get; set; } = "";
        public string Kind { get; set; } = "";
        public long DueAt { get; set; }
        public string Payload { get; set; } = "";
        public string Status { get; set; } = "";
        public long Attempts { get; set; }
        public string? LeaseOwner { get; set; }
        public long? LeaseUntil { get; set; }
        public string? LastError { get; set; }

        public DurableTimer ToTimer() => StoredRow.Read("durable_timers", TimerKey, () => new DurableTimer(
            TimerKey, Kind, DbTime.FromDb(DueAt), Payload, TimerNames.ParseStatus(Status), (int)Attempts,
            LeaseOwner, DbTime.FromDb(LeaseUntil), LastError));
    }
}
