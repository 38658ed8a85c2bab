using System.Text.Json;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;
using Dapper;

namespace ChatBot.Host.Proactive;

/// <summary>
/// Keeps each recipient's latest copy of a card current: a feature names the card (e.g. <c>incident:2026-0001</c>),
/// remembers where each recipient's copy is, and after a change PUTs that recipient's view over it through the
/// outbox, instead of sending yet another card. Older copies stay as they were; their actions find the newer state.
/// </summary>
public sealed partial class CardCopies(IDbConnectionFactory connections, IOutbox outbox, TimeProvider time, ILogger<CardCopies> logger)
{
    /// <summary>A copy that the outbox is sending (or has sent).</summary>
    public Task RememberSentAsync(string cardKey, string recipientAad, Guid outboxId, CancellationToken ct) =>
        UpsertAsync(cardKey, recipientAad, outboxId.ToString(), null, null, null, ct);

    /// <summary>A copy the recipient acted on (an invoke names its message); the invoke response has just updated it.</summary>
    public Task RememberShownAsync(string cardKey, string recipientAad, string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        UpsertAsync(cardKey, recipientAad, null, serviceUrl, conversationId, activityId, ct);

    /// <summary>
    /// Updates every recipient's latest copy but <paramref name="exceptAad"/>'s with what <paramref name="viewFor"/>
    /// builds for them (null: leave it). <paramref name="revision"/> names the change, so a retry updates once.
    /// </summary>
    public async Task<int> UpdateAsync(string cardKey, string revision, string? exceptAad,
        Func<string, CancellationToken, Task<Activity?>> viewFor, CancellationToken ct)
    {
        var updated = 0;
        foreach (var copy in await ListAsync(cardKey, ct))
        {
            if (string.Equals(copy.RecipientAad, exceptAad, StringComparison.OrdinalIgnoreCase)) continue;
            if (await viewFor(copy.RecipientAad, ct) is not { } activity) continue;
            if (await UpdateCopyAsync(cardKey, revision, copy, activity, ct)) updated++;
        }
        return updated;
    }

    private async Task<bool> UpdateCopyAsync(string cardKey, string revision, CopyRow copy, Activity activity, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(activity, ProtocolJson.Options);
        var target = copy.ActivityId is not null && copy.ConversationId is not null && copy.ServiceUrl is not null
            ? new OutboxTarget(copy.ServiceUrl, copy.ConversationId, ActivityId: copy.ActivityId)
            : null;
        if (target is null && Guid.TryParse(copy.OutboxId, out var outboxId))
        {
            // Not delivered yet: send the current state in its place.
            if (await outbox.ReplacePendingPayloadAsync(outboxId, payload, ct)) return true;
            var sent = await outbox.FindAsync(outboxId, ct);
            var conversation = sent?.Target.ConversationId ?? sent?.ResultConversationId;
            if (sent is not { Status: OutboxStatus.Sent, ResultActivityId: { } activityId } || conversation is null)
            {
                // In flight this very moment, or dead: the copy keeps its state; its actions still check the version.
                CopyNotUpdatable(logger, cardKey, sent?.Status);
                return false;
            }
            target = new OutboxTarget(sent.Target.ServiceUrl, conversation, ActivityId: activityId);
            await RememberDeliveredAsync(cardKey, copy.RecipientAad, copy.OutboxId!, target, ct);
        }
        if (target is null) return false;
        await outbox.EnqueueAsync(new OutboxEnvelope(OutboxKind.Update, target, payload, $"copy:{cardKey}:{copy.RecipientAad}:{revision}"), ct);
        return true;
    }

    // Once sent, the copy's address never changes: keep it, so later changes go straight to it. Only while the row still
    // names that message, so a newer copy remembered meanwhile is not overwritten.
    private async Task RememberDeliveredAsync(string cardKey, string recipientAad, string outboxId, OutboxTarget target, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE card_copies SET service_url = @ServiceUrl, conversation_id = @ConversationId, activity_id = @ActivityId
            WHERE card_key = @cardKey AND recipient_aad = @recipient AND outbox_id = @outboxId AND activity_id IS NULL
            """,
            new { target.ServiceUrl, target.ConversationId, target.ActivityId, cardKey, recipient = recipientAad.ToLowerInvariant(), outboxId },
            cancellationToken: ct));
    }

    private async Task UpsertAsync(string cardKey, string recipientAad, string? outboxId, string? serviceUrl, string? conversationId, string? activityId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO card_copies (card_key, recipient_aad, outbox_id, service_url, conversation_id, activity_id, updated_at)
            VALUES (@cardKey, @recipient, @outboxId, @serviceUrl, @conversationId, @activityId, @now)
            ON CONFLICT (card_key, recipient_aad) DO UPDATE SET outbox_id = excluded.outbox_id, service_url = excluded.service_url,
                conversation_id = excluded.conversation_id, activity_id = excluded.activity_id, updated_at = excluded.updated_at
            """,
            new { cardKey, recipient = recipientAad.ToLowerInvariant(), outboxId, serviceUrl, conversationId, activityId, now = DbTime.ToDb(time.GetUtcNow()) },
            cancellationToken: ct));
    }

    private async Task<IReadOnlyList<CopyRow>> ListAsync(string cardKey, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<CopyRow>(new CommandDefinition(
            """
            SELECT recipient_aad AS RecipientAad, outbox_id AS OutboxId, service_url AS ServiceUrl, conversation_id AS ConversationId,
                activity_id AS ActivityId
            FROM card_copies WHERE card_key = @cardKey ORDER BY recipient_aad
            """, new { cardKey }, cancellationToken: ct));
        return rows.ToList();
    }

    private sealed class CopyRow
    {
        public string RecipientAad { get; set; } = "";
        public string? OutboxId { get; set; }
        public string? ServiceUrl { get; set; }
        public string? ConversationId { get; set; }
        public string? ActivityId { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A copy of card {CardKey} was not updated: its message is {Status} (none: missing).")]
    private static partial void CopyNotUpdatable(ILogger logger, string cardKey, OutboxStatus? status);
}
