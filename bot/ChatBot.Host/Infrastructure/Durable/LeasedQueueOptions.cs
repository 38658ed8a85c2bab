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

    /// <summary>How long a claim is exclusive; the rows of an instance that dies are claimed again after this.</summary>
    public TimeSpan LeaseDuration { get; set; }

    /// <summary>Attempts before a failing row is given up on.</summary>
    public int MaxAttempts { get; set; }

    /// <summary>Delay after the first failure; doubles per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; }

    /// <summary>Cap of the backoff.</summary>
    public TimeSpan RetryMaxDelay { get; set; }

    /// <summary>One run's limit; must be shorter than <see cref="LeaseDuration"/> so a live claim never expires mid-run.</summary>
    internal abstract TimeSpan RunTimeout { get; }
}
