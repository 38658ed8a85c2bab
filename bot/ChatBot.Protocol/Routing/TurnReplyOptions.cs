namespace ChatBot.Protocol.Routing;

/// <summary>The <c>Bot:Replies</c> section: how long a turn keeps retrying its replies before handing them over.</summary>
public sealed class TurnReplyOptions
{
    public const string SectionName = "Bot:Replies";

    /// <summary>
    /// Teams waits about 15 s for a turn's HTTP answer, then reports an error and may deliver the activity again; the
    /// budget stays well under that whatever the handler already used.
    /// </summary>
    public static readonly TimeSpan MaxRetryBudget = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A failed reply is retried only if the retry starts (after its wait) before the turn is this old, counted from
    /// the request's arrival; otherwise it is handed to the <see cref="IReplyFallback"/> at once. 0 = never retry in
    /// the turn.
    /// </summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of one reply within the turn, the first included.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry when the connector sent no <c>Retry-After</c>; doubles per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
