using System.Data.Common;
using ChatBot.Host.Infrastructure.Durable;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Outbox;

/// <summary>
/// The outbox table's SQL: the enqueue here, the claim and the transitions through the shared
/// <see cref="LeasedQueue"/>, whose lease fence makes a stale worker (its lease expired and another instance
/// reclaimed the row) change nothing.
/// </summary>
internal sealed partial class OutboxStore(IDbConnectionFactory connections)
{
    private readonly LeasedQueue _queue = new(connections, Table, Claim);

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
        var rows = await _queue.ClaimAsync<OutboxRow>(owner, limit, now, leaseUntil, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r.ToMessage()).OrderBy(m => m.NextAttemptAt).ToList();
    }

    public Task<bool> MarkSentAsync(Guid id, string owner, string? activityId, string? conversationId, DateTimeOffset now) =>
        _queue.TransitionAsync(
            id.ToString(), owner, now,
            $"status = '{OutboxNames.Sent}', result_activity_id = @ActivityId, result_conversation_id = @ConversationId, last_error = NULL",
            new { ActivityId = activityId, ConversationId = conversationId });

    /// <summary>Pending again from <paramref name="nextAttemptAt"/>; a <paramref name="throttled"/> try gives its attempt back.</summary>
    public Task<bool> ScheduleRetryAsync(
        Guid id, string owner, DateTimeOffset nextAttemptAt, string error, DateTimeOffset now, bool throttled = false) =>
        _queue.TransitionAsync(
            id.ToString(), owner, now,
            $"status = '{OutboxNames.Pending}', next_attempt_at = @NextAttemptAt, last_error = @Error{ThrottledSet(throttled)}",
            new { NextAttemptAt = DbTime.ToDb(nextAttemptAt), Error = error });

    public Task<bool> MarkDeadAsync(Guid id, string owner, string error, DateTimeOffset now, bool throttled = false) =>
        _queue.TransitionAsync(id.ToString(), owner, now, $"status = '{OutboxNames.Dead}', last_error = @Error{ThrottledSet(throttled)}", new { Error = error });

    /// <summary>Gives back a claim that was never attempted (shutdown), without counting an attempt.</summary>
    public Task<bool> ReleaseAsync(Guid id, string owner, DateTimeOffset now) => _queue.ReleaseAsync(id.ToString(), owner, now);

    /// <summary>Extends a held lease (a heartbeat while the delivery runs); false once the row is no longer <paramref name="owner"/>'s.</summary>
    public Task<bool> RenewAsync(Guid id, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _queue.RenewAsync(id.ToString(), owner, leaseUntil, cancellationToken);

    // The claim counted an attempt; a 429 is counted as throttled instead.
    private static string ThrottledSet(bool throttled) =>
        throttled ? ", attempts = attempts - 1, throttled_count = throttled_count + 1" : "";
}
