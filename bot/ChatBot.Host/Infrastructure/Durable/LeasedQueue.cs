using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>
/// The lease SQL of one <see cref="LeasedTable"/>: claim with a lease, renew it, and fenced transitions.
/// </summary>
/// <remarks>
/// A claim is one guarded <c>UPDATE … RETURNING</c>, so it is atomic on both engines and two instances never hold
/// the same row; PostgreSQL adds <c>FOR UPDATE SKIP LOCKED</c> so concurrent claimers take disjoint rows (a row
/// changed meanwhile is re-checked against the status/lease condition before it is locked), and SQLite serializes
/// writers, so the guarded UPDATE alone is enough. A row is claimable when it is due, or when its lease ran out (its
/// holder died). Every later change is fenced by the lease: <c>lease_owner = @Owner</c> and the leased status, so a
/// holder whose lease expired and whose row was claimed elsewhere changes nothing.
/// </remarks>
internal sealed class LeasedQueue
{
    private readonly IDbConnectionFactory _connections;
    private readonly LeasedTable _table;
    private readonly string _claimSql;

    public LeasedQueue(IDbConnectionFactory connections, LeasedTable table, ClaimQuery claim)
    {
        _connections = connections;
        _table = table;
        _claimSql = $"""
            UPDATE {table.Name}
            SET status = '{table.LeasedStatus}', lease_owner = @Owner, lease_until = @LeaseUntil,
                attempts = attempts + 1{claim.AlsoSet}, updated_at = @Now
            WHERE {table.KeyColumn} IN (
                SELECT c.{table.KeyColumn} FROM {table.Name} c
                WHERE ((c.status = '{table.PendingStatus}' AND c.{table.DueColumn} <= @Now)
                       OR (c.status = '{table.LeasedStatus}' AND c.lease_until < @Now))
                  {claim.AlsoWhere}
                ORDER BY {claim.OrderBy}
                LIMIT @Limit
                {connections.Dialect.RowLockClause})
            RETURNING {claim.Returning}
            """;
    }

    /// <summary>Leases up to <paramref name="limit"/> due rows (or rows whose lease ran out) to <paramref name="owner"/>; counts an attempt each.</summary>
    public async Task<IReadOnlyList<TRow>> ClaimAsync<TRow>(
        string owner, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<TRow>(new CommandDefinition(
                _claimSql,
                new { Owner = owner, Limit = limit, Now = DbTime.ToDb(now), LeaseUntil = DbTime.ToDb(leaseUntil) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.ToList();
        }
    }

    /// <summary>
    /// Extends a held lease to <paramref name="leaseUntil"/> (a heartbeat while the work runs); false when the lease
    /// is no longer <paramref name="owner"/>'s, and the work should stop recording.
    /// </summary>
    public async Task<bool> RenewAsync(string key, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE {_table.Name} SET lease_until = @LeaseUntil {Fence}",
                new { Key = key, Owner = owner, LeaseUntil = DbTime.ToDb(leaseUntil) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
        }
    }

    /// <summary>
    /// Ends <paramref name="owner"/>'s lease with the assignments in <paramref name="set"/> (which may use
    /// <paramref name="parameters"/>, <c>@Key</c>, <c>@Owner</c> and <c>@Now</c>); false when the lease was no longer theirs.
    /// </summary>
    public async Task<bool> TransitionAsync(string key, string owner, DateTimeOffset now, string set, object? parameters = null)
    {
        var all = new DynamicParameters(parameters);
        all.Add("Key", key);
        all.Add("Owner", owner);
        all.Add("Now", DbTime.ToDb(now));

        // Not cancellable: a finished run's outcome must be recorded even while the host stops.
        var connection = await _connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(
                $"UPDATE {_table.Name} SET {set}, lease_owner = NULL, lease_until = NULL, updated_at = @Now {Fence}",
                all).ConfigureAwait(false) == 1;
        }
    }

    /// <summary>Gives back a claim whose work never ran or was aborted by shutdown, without counting the attempt.</summary>
    public Task<bool> ReleaseAsync(string key, string owner, DateTimeOffset now) =>
        TransitionAsync(key, owner, now, $"status = '{_table.PendingStatus}', attempts = attempts - 1");

    private string Fence => $"WHERE {_table.KeyColumn} = @Key AND lease_owner = @Owner AND status = '{_table.LeasedStatus}'";
}
