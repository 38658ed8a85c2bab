using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Routing;

/// <summary>
/// One outbound change a turn makes in its conversation, addressed and complete: what <see cref="IReplyFallback"/>
/// receives when the connector would not take it during the turn.
/// </summary>
/// <param name="ActivityId">The activity replied to, updated or deleted; null for <see cref="TurnReplyKind.Send"/>.</param>
/// <param name="Activity">The activity as it is sent; null for <see cref="TurnReplyKind.Delete"/>.</param>
public sealed record TurnReply(TurnReplyKind Kind, string ServiceUrl, string ConversationId, string? ActivityId, Activity? Activity);
