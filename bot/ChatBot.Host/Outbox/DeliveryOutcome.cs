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

    /// <summary>Transient (429, 412, 5xx, timeout): try again, not before <paramref name="retryAfter"/> if given.</summary>
    public static DeliveryOutcome RetryLater(TimeSpan? retryAfter, string error) => new RetryLaterOutcome(retryAfter, error);

    /// <summary>Permanent (403 blocked, 404, bad request): the row goes dead at once.</summary>
    public static DeliveryOutcome Failed(string error) => new FailedOutcome(error);
}

public sealed record DeliveredOutcome(string? ActivityId, string? ConversationId = null) : DeliveryOutcome;

public sealed record RetryLaterOutcome(TimeSpan? RetryAfter, string Error) : DeliveryOutcome;

public sealed record FailedOutcome(string Error) : DeliveryOutcome;
