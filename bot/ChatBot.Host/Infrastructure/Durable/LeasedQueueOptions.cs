namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>The settings every leased queue has; each queue's section sets its own defaults.</summary>
public abstract class LeasedQueueOptions
{
    private protected LeasedQueueOptions(
        TimeSpan pollInterval, TimeSpan leaseDuration, int maxAttempts, TimeSpan retryBaseDelay, TimeSpan retryMaxDelay)
    {
        PollInterval = pollInterval;
        LeaseDuration = leaseDuration;
        MaxAttempts = maxAttempts;
        RetryBaseDelay = retryBaseDelay;
        RetryMaxDelay = retryMaxDelay;
    }

    /// <summary>Lease owner written on claimed rows; unique per process unless set.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Look for due rows (retries, other instances' writes) at least this often.</summary>
    public TimeSpan PollInterval { get; set; }

    /// <summary>
    /// How long a claim is exclusive without a heartbeat: the worker renews it every third of this while the work
    /// runs, so live work keeps its claim however long it takes, and the rows of an instance that dies are claimed
    /// again this long after its last heartbeat. Instances' clocks must agree to well within it (NTP).
    /// </summary>
    public TimeSpan LeaseDuration { get; set; }

    /// <summary>Attempts before a failing row is given up on.</summary>
    public int MaxAttempts { get; set; }

    /// <summary>Delay after the first failure; doubles per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; }

    /// <summary>Cap of the backoff.</summary>
    public TimeSpan RetryMaxDelay { get; set; }

    /// <summary>One run's limit; the heartbeat keeps the claim until then.</summary>
    internal abstract TimeSpan RunTimeout { get; }

    /// <summary>How often a running claim is renewed: three heartbeats per lease, so one slow or lost renewal does not lose it.</summary>
    internal TimeSpan HeartbeatInterval => LeaseDuration / 3;
}
