using ChatBot.Host.Infrastructure.Durable;

namespace ChatBot.Host.Outbox;

/// <summary>
/// Settings of the <c>Outbox</c> configuration section: <c>InstanceId</c>, <c>PollInterval</c> (2 s),
/// <c>LeaseDuration</c> (2 min; an instance that dies loses its rows after this), <c>MaxAttempts</c> (8; throttled
/// attempts do not count), <c>RetryBaseDelay</c> (2 s, the first retry's upper bound, doubling per attempt with full
/// jitter), <c>RetryMaxDelay</c> (5 min; a longer Retry-After is still honoured), and the ones below.
/// </summary>
public sealed class OutboxOptions : LeasedQueueOptions
{
    public const string SectionName = "Outbox";

    public OutboxOptions()
        : base(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), maxAttempts: 8, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5))
    {
    }

    /// <summary>Deliveries in flight at once (each to a different conversation).</summary>
    public int MaxParallelism { get; set; } = 8;

    /// <summary>
    /// Connector calls per second from this instance (0: unpaced). Teams allows an app about 50 a second per tenant;
    /// with several instances, give each its share.
    /// </summary>
    public double MaxSendsPerSecond { get; set; } = 40;

    /// <summary>One attempt's limit; must be shorter than the lease so a live claim never expires mid-send.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long after its first attempt a row may still be throttled (429) before it goes dead. Throttling is
    /// Teams pacing a fan-out, not a fault of the message, so it is bounded by time rather than by attempts.
    /// </summary>
    public TimeSpan MaxThrottledFor { get; set; } = TimeSpan.FromHours(24);

    internal override TimeSpan RunTimeout => DeliveryTimeout;
}
