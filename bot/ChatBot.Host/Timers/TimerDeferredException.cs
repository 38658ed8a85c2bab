namespace ChatBot.Host.Timers;

/// <summary>
/// Thrown by an <see cref="ITimerHandler"/> whose timer is due but whose precondition is not met yet (e.g. the message
/// it waits for is still being delivered): the timer runs again at <see cref="RunAt"/>, and the run does not count
/// as a failed attempt.
/// </summary>
public sealed class TimerDeferredException : Exception
{
    public TimerDeferredException(DateTimeOffset runAt, string reason)
        : base(reason)
    {
        RunAt = runAt;
    }

    public TimerDeferredException()
    {
    }

    public TimerDeferredException(string message)
        : base(message)
    {
    }

    public TimerDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DateTimeOffset RunAt { get; }
}
