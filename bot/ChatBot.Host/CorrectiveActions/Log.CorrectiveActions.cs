namespace ChatBot.Host;

/// <summary>Corrective action log messages; event ids 1350-1399.</summary>
internal static partial class Log
{
    [LoggerMessage(1350, LogLevel.Warning, "Corrective action {Id}: owner {Owner} cannot be reached (no conversation, no tenant); reminder not sent")]
    public static partial void CorrectiveActionOwnerUnreachable(ILogger logger, string id, string owner);
}
