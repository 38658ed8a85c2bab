namespace ChatBot.Host;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Organization file {Path} loaded: {People} people")]
    public static partial void OrganizationLoaded(ILogger logger, string path, int people);

    [LoggerMessage(2, LogLevel.Error, "Organization file {Path} changed but is not valid; keeping the previous version. {Problem}")]
    public static partial void OrganizationReloadFailed(ILogger logger, string path, string problem);

    [LoggerMessage(10, LogLevel.Warning, "Generated answer timed out; the extractive answer was sent")]
    public static partial void GenerationTimedOut(ILogger logger);

    [LoggerMessage(11, LogLevel.Warning, "Generated answer failed ({Error}); the extractive answer was sent")]
    public static partial void GenerationFailed(ILogger logger, string error);

    [LoggerMessage(12, LogLevel.Warning, "Generated answer rejected ({Length} chars: citations missing or not from the retrieved passages)")]
    public static partial void GenerationRejected(ILogger logger, int length);

    [LoggerMessage(13, LogLevel.Warning, "Knowledge content: {Warning}")]
    public static partial void KnowledgeWarning(ILogger logger, string warning);

    [LoggerMessage(14, LogLevel.Warning, "Organization file {Path} cannot be watched ({Problem}); changes are picked up by polling")]
    public static partial void OrganizationWatchUnavailable(ILogger logger, string path, string problem);

    [LoggerMessage(15, LogLevel.Critical, "The bot could not start: {Reason}")]
    public static partial void StartFailed(ILogger logger, string reason, Exception exception);
}
