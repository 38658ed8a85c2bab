namespace ChatBot.Host.Outbox;

/// <summary>What <see cref="IOutboxDelivery"/> reports for one attempt.</summary>
public abstract record DeliveryOutcome
{
    private protected DeliveryOutcome()
    {
    }

    /// <summary>
    /// The connector accepted it; <paramref name="activityId"/> is the id it returned, if any, and
    /// <paramref name="conversationId"/> the conversation it created (for <see cref="OutboxKind.CreateAndSend"/>).
    /// </summary>
    public static DeliveryOutcome Delivered(string? activityId = null, string? conversationId = null) => new DeliveredOutcome(activityId, conversationId);

    /// <summary>
    /// Transient (429, 412, 5xx, timeout): try again, not before <paramref name="retryAfter"/> if given.
    /// <paramref name="throttled"/> (a 429) retries without using up an attempt; see <see cref="RetryLaterOutcome.Throttled"/>.
    /// </summary>
    public static DeliveryOutcome RetryLater(TimeSpan? retryAfter, string error, bool throttled = false) =>
        new RetryLaterOutcome(retryAfter, error, throttled);

    /// <summary>Permanent (403 blocked, 404, bad request): the row goes dead at once.</summary>
    public static DeliveryOutcome Failed(string error) => new FailedOutcome(error);
}

public sealed record DeliveredOutcome(string? ActivityId, string? ConversationId = null) : DeliveryOutcome;

/// <summary>
/// A transient failure. <see cref="Throttled"/> means the connector rate-limited us (HTTP 429): the message itself is
/// fine, so the attempt does not count toward <see cref="OutboxOptions.MaxAttempts"/>; <see cref="OutboxOptions.MaxThrottledFor"/>
/// bounds it instead.
/// </summary>
public sealed record RetryLaterOutcome(TimeSpan? RetryAfter, string Error, bool Throttled = false) : DeliveryOutcome;

public sealed record FailedOutcome(string Error) : DeliveryOutcome;
