namespace ChatBot.Host.Outbox;

/// <summary>Where a message goes; which fields are required depends on the <see cref="OutboxKind"/>.</summary>
public sealed record OutboxTarget(
    string ServiceUrl,
    string? ConversationId = null,
    string? UserAadObjectId = null,
    string? TenantId = null,
    string? ActivityId = null)
{
    /// <summary>
    /// Messages with the same key are delivered one at a time, in enqueue order: the conversation,
    /// or the user for a conversation that is still to be created.
    /// </summary>
    internal string OrderingKey => ConversationId ?? $"user:{TenantId}:{UserAadObjectId}";

    internal void Validate(OutboxKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ServiceUrl);
        switch (kind)
        {
            case OutboxKind.Send:
                ArgumentException.ThrowIfNullOrWhiteSpace(ConversationId);
                break;
            case OutboxKind.CreateAndSend:
                ArgumentException.ThrowIfNullOrWhiteSpace(UserAadObjectId);
                ArgumentException.ThrowIfNullOrWhiteSpace(TenantId);
                break;
            case OutboxKind.Update:
            case OutboxKind.Delete:
            case OutboxKind.Reply:
                ArgumentException.ThrowIfNullOrWhiteSpace(ConversationId);
                ArgumentException.ThrowIfNullOrWhiteSpace(ActivityId);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
