using ChatBot.Host.Infrastructure.Durable;

namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxStore
{
    private static readonly LeasedTable Table = new("outbox", "id", "next_attempt_at", OutboxNames.Pending, OutboxNames.InFlight);

    /// <summary>
    /// The outbox's part of the shared claim (<see cref="LeasedQueue"/>): a due row is claimable only when it is the
    /// oldest unfinished row of its conversation with no live lease on that conversation. Messages to one
    /// conversation go one at a time and in order, across all instances, and a conversation in backoff (e.g. after
    /// a 429) holds its later messages back rather than hammering it. The first claim starts the throttling window.
    /// </summary>
    private static readonly ClaimQuery Claim = new(
        Returning: OutboxRow.Columns,
        OrderBy: "c.next_attempt_at, c.seq",
        AlsoSet: ", first_attempt_at = COALESCE(first_attempt_at, @Now)",
        AlsoWhere: $"""
            AND NOT EXISTS (
                      SELECT 1 FROM outbox b
                      WHERE b.ordering_key = c.ordering_key AND b.id <> c.id
                        AND ((b.status IN ('{OutboxNames.Pending}', '{OutboxNames.InFlight}') AND b.seq < c.seq)
                             OR (b.status = '{OutboxNames.InFlight}' AND b.lease_until >= @Now)))
            """);
}
