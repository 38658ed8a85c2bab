namespace ChatBot.Host.Timers;

/// <summary>Stored as <c>pending</c>, <c>running</c>, <c>done</c>, <c>failed</c>, <c>cancelled</c>.</summary>
public enum TimerStatus
{
    Pending,
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>A stored timer. <see cref="Attempts"/> counts claims, including the one a handler is running in.</summary>
public sealed record DurableTimer(
    string Key,
    string Kind,
    DateTimeOffset DueAt,
    string PayloadJson,
    TimerStatus Status,
    int Attempts,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    string? LastError);
