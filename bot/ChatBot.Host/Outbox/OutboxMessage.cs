namespace ChatBot.Host.Outbox;

/// <summary>A stored outbox row as the worker and the admin see it.</summary>
public sealed record OutboxMessage(
    Guid Id,
    OutboxKind Kind,
    OutboxTarget Target,
    string PayloadJson,
    string DedupeKey,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    string? LastError,
    string? ResultActivityId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The conversation a <see cref="OutboxKind.CreateAndSend"/> created, once sent.</summary>
    public string? ResultConversationId { get; init; }
}
