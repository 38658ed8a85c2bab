namespace ChatBot.Host;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Organization file {Path} loaded: {People} people")]
    public static partial void OrganizationLoaded(ILogger logger, string path, int people);

    [LoggerMessage(2, LogLevel.Error, "Organization file {Path} changed but is not valid; keeping the previous version. {Problem}")]
    public static partial void OrganizationReloadFailed(ILogger logger, string path, string problem);
}
