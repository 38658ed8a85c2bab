namespace ChatBot.Host;

/// <summary>Leased queue log messages (outbox and timers alike, named by {Queue}); event ids 1350-1359.</summary>
internal static partial class Log
{
    [LoggerMessage(1350, LogLevel.Warning, "{Queue} claim failed; retrying on the next poll")]
    public static partial void LeasedClaimFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(1351, LogLevel.Warning, "{Queue} row {Key} was no longer leased by {Owner}; its outcome was not recorded")]
    public static partial void LeasedLeaseLost(ILogger logger, string queue, string key, string owner);

    [LoggerMessage(1352, LogLevel.Error, "{Queue} row {Key}: recording the outcome failed; it is claimed again after its lease expires")]
    public static partial void LeasedRecordFailed(ILogger logger, string queue, string key, Exception exception);
}
