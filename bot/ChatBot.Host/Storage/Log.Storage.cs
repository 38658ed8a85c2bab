using Microsoft.Extensions.Logging;

namespace ChatBot.Host;

/// <summary>Storage log messages; event ids 1000-1099.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Applied migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);
}
