namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxStore
{
    /// <summary>
    /// One statement, so a claim is atomic on both engines. A row is claimable when it is due
    /// (pending and next_attempt_at passed) or its lease expired (its instance died), and it is the
    /// oldest unfinished row of its conversation with no live lease on that conversation: messages to
    /// one conversation go one at a time and in order, across all instances, and a conversation in
    /// backoff (e.g. after a 429) holds its later messages back rather than hammering it.
    /// PostgreSQL adds <c>FOR UPDATE SKIP LOCKED</c> so concurrent claimers take disjoint rows; a row
    /// changed meanwhile is re-checked against the status/lease condition before it is locked.
    /// SQLite serializes writers, so the guarded UPDATE alone is enough.
    /// </summary>
    private static string ClaimSql(Storage.SqlDialect dialect) => $"""
        UPDATE outbox
        SET status = '{OutboxNames.InFlight}', lease_owner = @Owner, lease_until = @LeaseUntil,
            attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, @Now), updated_at = @Now
        WHERE id IN (
            SELECT c.id FROM outbox c
            WHERE ((c.status = '{OutboxNames.Pending}' AND c.next_attempt_at <= @Now)
                   OR (c.status = '{OutboxNames.InFlight}' AND c.lease_until < @Now))
              AND NOT EXISTS (
                  SELECT 1 FROM outbox b
                  WHERE b.ordering_key = c.ordering_key AND b.id <> c.id
                    AND ((b.status IN ('{OutboxNames.Pending}', '{OutboxNames.InFlight}') AND b.seq < c.seq)
                         OR (b.status = '{OutboxNames.InFlight}' AND b.lease_until >= @Now)))
            ORDER BY c.next_attempt_at, c.seq
            LIMIT @Limit
            {dialect.RowLockClause})
        RETURNING {OutboxRow.Columns}
        """;
}
