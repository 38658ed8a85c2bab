namespace ChatBot.Host.Timers;

/// <summary>The stored spellings of <see cref="TimerStatus"/>.</summary>
internal static class TimerNames
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static TimerStatus ParseStatus(string value) => value switch
    {
        Pending => TimerStatus.Pending,
        Running => TimerStatus.Running,
        Done => TimerStatus.Done,
        Failed => TimerStatus.Failed,
        Cancelled => TimerStatus.Cancelled,
        _ => throw new FormatException($"Unknown timer status '{value}'."),
    };
}
