using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Outbox;

/// <summary>Operator queries and the dead-row retry.</summary>
internal sealed class OutboxAdmin(IDbConnectionFactory connections, OutboxSignal signal, TimeProvider timeProvider) : IOutboxAdmin
{
    public async Task<IReadOnlyList<OutboxMessage>> ListDeadAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                $"SELECT {OutboxRow.Columns} FROM outbox WHERE status = '{OutboxNames.Dead}' ORDER BY updated_at DESC, seq DESC LIMIT @Limit",
                new { Limit = limit },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToMessage()).ToList();
        }
    }

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var now = DbTime.ToDb(timeProvider.GetUtcNow());
            // last_error stays for the record until the next attempt overwrites it. A fresh start: attempts and the
            // throttling window (first_attempt_at) begin again.
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE outbox SET status = '{OutboxNames.Pending}', attempts = 0, throttled_count = 0, first_attempt_at = NULL,
                    next_attempt_at = @Now, updated_at = @Now
                WHERE id = @Id AND status = '{OutboxNames.Dead}'
                """,
                new { Id = id.ToString(), Now = now },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (updated == 1)
            {
                signal.Notify();
            }

            return updated == 1;
        }
    }

    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
                "SELECT status, COUNT(*) FROM outbox GROUP BY status", cancellationToken: cancellationToken)).ConfigureAwait(false);
            var counts = rows.ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal);
            return new OutboxCounts(
                counts.GetValueOrDefault(OutboxNames.Pending),
                counts.GetValueOrDefault(OutboxNames.InFlight),
                counts.GetValueOrDefault(OutboxNames.Sent),
                counts.GetValueOrDefault(OutboxNames.Dead));
        }
    }
}
