namespace ChatBot.Host.Outbox;

/// <summary>
/// A stored outbox row as the worker and the admin see it. <see cref="Attempts"/> counts the tries that used up an
/// attempt (the current one included while in flight); <see cref="ThrottledCount"/> the 429s, which did not.
/// </summary>
public sealed record OutboxMessage(
    Guid Id,
    OutboxKind Kind,
    OutboxTarget Target,
    string PayloadJson,
    string DedupeKey,
    OutboxStatus Status,
    int Attempts,
    int ThrottledCount,
    DateTimeOffset? FirstAttemptAt,
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
