using System.Data.Common;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Outbox;

/// <summary>
/// The outbox table's SQL. Every transition after a claim is guarded by
/// <c>lease_owner = @Owner AND status = 'in_flight'</c>: a stale worker (its lease expired and
/// another instance reclaimed the row) changes nothing.
/// </summary>
internal sealed partial class OutboxStore(IDbConnectionFactory connections)
{
    private readonly string _claimSql = ClaimSql(connections.Dialect);

    public static async Task<OutboxEnqueueResult> InsertAsync(
        OutboxEnvelope envelope, DateTimeOffset now, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(envelope.Target);
        ArgumentNullException.ThrowIfNull(envelope.PayloadJson);
        envelope.Target.Validate(envelope.Kind);
        var id = Guid.NewGuid();
        var target = envelope.Target;
        var dedupeKey = envelope.DedupeKey ?? id.ToString();
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO outbox (id, kind, service_url, conversation_id, user_aad_object_id, tenant_id, activity_id,
                ordering_key, payload, dedupe_key, status, attempts, next_attempt_at, created_at, updated_at)
            VALUES (@Id, @Kind, @ServiceUrl, @ConversationId, @UserAadObjectId, @TenantId, @ActivityId,
                @OrderingKey, @Payload, @DedupeKey, '{OutboxNames.Pending}', 0, @NextAttemptAt, @Now, @Now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            new
            {
                Id = id.ToString(), Kind = envelope.Kind.ToDb(), target.ServiceUrl, target.ConversationId,
                target.UserAadObjectId, target.TenantId, target.ActivityId, target.OrderingKey,
                Payload = envelope.PayloadJson, DedupeKey = dedupeKey,
                NextAttemptAt = DbTime.ToDb(envelope.NotBefore ?? now), Now = DbTime.ToDb(now),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (inserted == 1)
        {
            return new OutboxEnqueueResult(id, Created: true);
        }

        var existing = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT id FROM outbox WHERE dedupe_key = @DedupeKey", new { DedupeKey = dedupeKey }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new OutboxEnqueueResult(Guid.Parse(existing!), Created: false);
    }

    /// <summary>Leases up to <paramref name="limit"/> due rows, at most one per conversation.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string owner, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                _claimSql,
                new { Owner = owner, Limit = limit, Now = DbTime.ToDb(now), LeaseUntil = DbTime.ToDb(leaseUntil) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToMessage()).OrderBy(m => m.NextAttemptAt).ToList();
        }
    }

    public Task<bool> MarkSentAsync(Guid id, string owner, string? activityId, string? conversationId, DateTimeOffset now) =>
        TransitionAsync(
            $"status = '{OutboxNames.Sent}', result_activity_id = @ActivityId, result_conversation_id = @ConversationId, last_error = NULL",
            new { Id = id.ToString(), Owner = owner, ActivityId = activityId, ConversationId = conversationId, Now = DbTime.ToDb(now) });

    /// <summary>Pending again from <paramref name="nextAttemptAt"/>; a <paramref name="throttled"/> try gives its attempt back.</summary>
    public Task<bool> ScheduleRetryAsync(
        Guid id, string owner, DateTimeOffset nextAttemptAt, string error, DateTimeOffset now, bool throttled = false) =>
        TransitionAsync(
            $"status = '{OutboxNames.Pending}', next_attempt_at = @NextAttemptAt, last_error = @Error{ThrottledSet(throttled)}",
            new { Id = id.ToString(), Owner = owner, NextAttemptAt = DbTime.ToDb(nextAttemptAt), Error = error, Now = DbTime.ToDb(now) });

    public Task<bool> MarkDeadAsync(Guid id, string owner, string error, DateTimeOffset now, bool throttled = false) =>
        TransitionAsync(
            $"status = '{OutboxNames.Dead}', last_error = @Error{ThrottledSet(throttled)}",
            new { Id = id.ToString(), Owner = owner, Error = error, Now = DbTime.ToDb(now) });

    /// <summary>Gives back a claim that was never attempted (shutdown), without counting an attempt.</summary>
    public Task<bool> ReleaseAsync(Guid id, string owner, DateTimeOffset now) =>
        TransitionAsync(
            $"status = '{OutboxNames.Pending}', attempts = attempts - 1",
            new { Id = id.ToString(), Owner = owner, Now = DbTime.ToDb(now) });

    // The claim counted an attempt; a 429 is counted as throttled instead.
    private static string ThrottledSet(bool throttled) =>
        throttled ? ", attempts = attempts - 1, throttled_count = throttled_count + 1" : "";

    private async Task<bool> TransitionAsync(string set, object parameters)
    {
        // Not cancellable: a finished attempt's outcome must be recorded even while the host stops.
        var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var updated = await connection.ExecuteAsync(
                $"""
                UPDATE outbox SET {set}, lease_owner = NULL, lease_until = NULL, updated_at = @Now
                WHERE id = @Id AND lease_owner = @Owner AND status = '{OutboxNames.InFlight}'
                """,
                parameters).ConfigureAwait(false);
            return updated == 1;
        }
    }
}
