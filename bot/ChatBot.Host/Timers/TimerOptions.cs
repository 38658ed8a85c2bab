namespace ChatBot.Host.Timers;

/// <summary>Settings of the <c>Timers</c> configuration section.</summary>
public sealed class TimerOptions
{
    public const string SectionName = "Timers";

    /// <summary>Lease owner written on claimed timers; unique per process unless set.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Look for due timers at least this often.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim is exclusive; a timer whose instance died runs again after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One run's limit; shorter than the lease so a live run never loses its claim.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timers claimed (and run concurrently) at once.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Runs before a failing timer is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay after the first failure; doubles per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    internal TimeSpan RetryDelay(int attempts)
    {
        var ms = RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(ms, RetryMaxDelay.TotalMilliseconds));
    }
}
