using ChatBot.Host.Infrastructure.Durable;

namespace ChatBot.Host.Timers;

/// <summary>
/// Settings of the <c>Timers</c> configuration section: <c>InstanceId</c>, <c>PollInterval</c> (5 s),
/// <c>LeaseDuration</c> (5 min; a timer whose instance died runs again after this), <c>MaxAttempts</c> (5 runs
/// before a failing timer is marked failed), <c>RetryBaseDelay</c> (30 s, doubling per attempt),
/// <c>RetryMaxDelay</c> (1 h), and the ones below.
/// </summary>
public sealed class TimerOptions : LeasedQueueOptions
{
    public const string SectionName = "Timers";

    public TimerOptions()
        : base(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), maxAttempts: 5, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1))
    {
    }

    /// <summary>One run's limit; shorter than the lease so a live run never loses its claim.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timers claimed (and run concurrently) at once.</summary>
    public int BatchSize { get; set; } = 16;

    internal override TimeSpan RunTimeout => HandlerTimeout;

    internal TimeSpan RetryDelay(int attempts)
    {
        var ms = RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(ms, RetryMaxDelay.TotalMilliseconds));
    }
}
