namespace ChatBot.Host.Outbox;

/// <summary>Settings of the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Lease owner written on claimed rows; unique per process unless set.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Deliveries in flight at once (each to a different conversation).</summary>
    public int MaxParallelism { get; set; } = 8;

    /// <summary>
    /// Connector calls per second from this instance (0: unpaced). Teams allows an app about 50 a second per tenant;
    /// with several instances, give each its share.
    /// </summary>
    public double MaxSendsPerSecond { get; set; } = 40;

    /// <summary>How long a claim is exclusive; an instance that dies loses its rows after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One attempt's limit; must be shorter than the lease so a live claim never expires mid-send.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Poll for due rows (retries, other instances' enqueues) at least this often.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First retry's upper bound; doubles per attempt (full jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap of the exponential backoff (a longer Retry-After is still honoured).</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a transiently failing row goes dead; throttled attempts (429) do not count.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// How long after its first attempt a row may still be throttled (429) before it goes dead. Throttling is
    /// Teams pacing a fan-out, not a fault of the message, so it is bounded by time rather than by attempts.
    /// </summary>
    public TimeSpan MaxThrottledFor { get; set; } = TimeSpan.FromHours(24);
}
