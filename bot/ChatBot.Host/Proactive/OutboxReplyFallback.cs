using System.Text.Json;
using ChatBot.Host.Outbox;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Proactive;

/// <summary>
/// Where a turn's reply goes when the connector would not take it during the turn: the durable outbox, which sends it
/// once the connector recovers (paced, 429-aware, after a restart too), in order with the conversation's other messages
/// and after the turn's earlier replies that it took over.
/// </summary>
internal sealed class OutboxReplyFallback(IOutbox outbox, TimeProvider time, ILogger<OutboxReplyFallback> logger) : IReplyFallback
{
    public async Task HandOverAsync(TurnReply reply, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var kind = reply.Kind switch
        {
            TurnReplyKind.Send => OutboxKind.Send,
            TurnReplyKind.Reply => OutboxKind.Reply,
            TurnReplyKind.Update => OutboxKind.Update,
            TurnReplyKind.Delete => OutboxKind.Delete,
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.Kind, "Unknown reply kind."),
        };
        var target = new OutboxTarget(reply.ServiceUrl, reply.ConversationId, ActivityId: reply.ActivityId);
        var payload = reply.Activity is null ? "{}" : JsonSerializer.Serialize(reply.Activity, ProtocolJson.Options);
        DateTimeOffset? notBefore = retryAfter is { } wait && wait > TimeSpan.Zero ? time.GetUtcNow() + wait : null;
        // No dedupe key: each reply is its own message, even two alike in one turn.
        var queued = await outbox.EnqueueAsync(new OutboxEnvelope(kind, target, payload, NotBefore: notBefore), cancellationToken);
        Log.OutboxTookOverReply(logger, queued.Id, reply.Kind);
    }
}
