namespace ChatBot.Host;

/// <summary>Durable timer log messages; event ids 1300-1349 (claim and lease messages: Log.Durable.cs).</summary>
internal static partial class Log
{
    [LoggerMessage(1301, LogLevel.Warning, "Timer {Key} ({Kind}) attempt {Attempts} failed, next at {DueAt}: {Error}")]
    public static partial void TimerRetryScheduled(ILogger logger, string key, string kind, int attempts, DateTimeOffset dueAt, string error);

    [LoggerMessage(1302, LogLevel.Error, "Timer {Key} ({Kind}) failed after {Attempts} attempts: {Error}")]
    public static partial void TimerFailed(ILogger logger, string key, string kind, int attempts, string error);

    [LoggerMessage(1304, LogLevel.Warning, "Timer {Key} run aborted by shutdown; released")]
    public static partial void TimerAborted(ILogger logger, string key);
}
