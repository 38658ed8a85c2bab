namespace ChatBot.Host.Storage;

/// <summary>
/// What the host keeps of an inbound activity to message the user later. Keyed by
/// <see cref="UserAadObjectId"/> + <see cref="ConversationId"/>; the host maps the protocol's reference to this.
/// </summary>
public sealed record StoredConversationReference(
    string UserAadObjectId,
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string? ConversationType,
    string? TenantId,
    string BotId,
    string UserId,
    string? UserName,
    string? Locale)
{
    /// <summary>Set by the store; ignored on upsert.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set by the store; ignored on upsert.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
