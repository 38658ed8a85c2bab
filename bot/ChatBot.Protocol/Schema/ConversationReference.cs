namespace ChatBot.Protocol.Schema;

/// <summary>What must be stored to message a conversation later (proactively).</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string? ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? Locale);
