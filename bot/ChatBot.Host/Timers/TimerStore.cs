using System.Data.Common;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Timers;

/// <summary>
/// The <c>durable_timers</c> table's SQL. The claim is the outbox's pattern: one guarded
/// <c>UPDATE … RETURNING</c>, with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL so concurrent claimers take
/// disjoint rows (SQLite serializes writers, so the guarded UPDATE alone is enough). Every transition after a
/// claim is guarded by <c>lease_owner = @Owner AND status = 'running'</c>: a worker whose lease expired and whose
/// timer was reclaimed elsewhere changes nothing.
/// </summary>
internal sealed class TimerStore(IDbConnectionFactory connections)
{
    public const string Columns = """
        timer_key AS TimerKey, kind AS Kind, due_at AS DueAt, payload AS Payload, status AS Status, attempts AS Attempts,
        lease_owner AS LeaseOwner, lease_until AS LeaseUntil, last_error AS LastError
        """;

    private readonly string _claimSql = $"""
        UPDATE durable_timers
        SET status = '{TimerNames.Running}', lease_owner = @Owner, lease_until = @LeaseUntil,
            attempts = attempts + 1, updated_at = @Now
        WHERE timer_key IN (
            SELECT c.timer_key FROM durable_timers c
            WHERE (c.status = '{TimerNames.Pending}' AND c.due_at <= @Now)
               OR (c.status = '{TimerNames.Running}' AND c.lease_until < @Now)
            ORDER BY c.due_at
            LIMIT @Limit
            {connections.Dialect.RowLockClause})
        RETURNING {Columns}
        """;

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
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<TimerRow>(new CommandDefinition(
                _claimSql,
                new { Owner = owner, Limit = limit, Now = DbTime.ToDb(now), LeaseUntil = DbTime.ToDb(leaseUntil) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToTimer()).OrderBy(t => t.DueAt).ToList();
        }
    }

    public Task<bool> MarkDoneAsync(string key, string owner, DateTimeOffset now) =>
        TransitionAsync($"status = '{TimerNames.Done}', last_error = NULL", new { Key = key, Owner = owner, Now = DbTime.ToDb(now) });

    public Task<bool> ScheduleRetryAsync(string key, string owner, DateTimeOffset dueAt, string error, DateTimeOffset now) =>
        TransitionAsync(
            $"status = '{TimerNames.Pending}', due_at = @DueAt, last_error = @Error",
            new { Key = key, Owner = owner, DueAt = DbTime.ToDb(dueAt), Error = error, Now = DbTime.ToDb(now) });

    public Task<bool> MarkFailedAsync(string key, string owner, string error, DateTimeOffset now) =>
        TransitionAsync($"status = '{TimerNames.Failed}', last_error = @Error", new { Key = key, Owner = owner, Error = error, Now = DbTime.ToDb(now) });

    /// <summary>Gives back a claim whose run was aborted by shutdown, without counting the attempt.</summary>
    public Task<bool> ReleaseAsync(string key, string owner, DateTimeOffset now) =>
        TransitionAsync($"status = '{TimerNames.Pending}', attempts = attempts - 1", new { Key = key, Owner = owner, Now = DbTime.ToDb(now) });

    private async Task<bool> TransitionAsync(string set, object parameters)
    {
        // Not cancellable: a finished run's outcome must be recorded even while the host stops.
        var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var updated = await connection.ExecuteAsync(
                $"""
                UPDATE durable_timers SET {set}, lease_owner = NULL, lease_until = NULL, updated_at = @Now
                WHERE timer_key = @Key AND lease_owner = @Owner AND status = '{TimerNames.Running}'
                """,
                parameters).ConfigureAwait(false);
            return updated == 1;
        }
    }

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
