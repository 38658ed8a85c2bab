namespace ChatBot.Host;

/// <summary>Durable timer log messages; event ids 1300-1349.</summary>
internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Warning, "Timer claim failed; retrying on the next poll")]
    public static partial void TimerClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(1301, LogLevel.Warning, "Timer {Key} ({Kind}) attempt {Attempts} failed, next at {DueAt}: {Error}")]
    public static partial void TimerRetryScheduled(ILogger logger, string key, string kind, int attempts, DateTimeOffset dueAt, string error);

    [LoggerMessage(1302, LogLevel.Error, "Timer {Key} ({Kind}) failed after {Attempts} attempts: {Error}")]
    public static partial void TimerFailed(ILogger logger, string key, string kind, int attempts, string error);

    [LoggerMessage(1303, LogLevel.Warning, "Timer {Key} was no longer leased by {Owner}; its outcome was not recorded")]
    public static partial void TimerLeaseLost(ILogger logger, string key, string owner);

    [LoggerMessage(1304, LogLevel.Warning, "Timer {Key} run aborted by shutdown; released")]
    public static partial void TimerAborted(ILogger logger, string key);

    [LoggerMessage(1305, LogLevel.Error, "Timer {Key}: recording the outcome failed; it runs again after its lease expires")]
    public static partial void TimerRecordFailed(ILogger logger, string key, Exception exception);
}
