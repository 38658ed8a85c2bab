using Microsoft.Extensions.Logging;

namespace ChatBot.Host;

/// <summary>Storage log messages; event ids 1000-1099.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Applied migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(1001, LogLevel.Error, "Row '{Key}' of table {Table} cannot be read; the user was told so")]
    public static partial void RowUnreadable(ILogger logger, string table, string key, Exception exception);

    [LoggerMessage(1002, LogLevel.Error, "The database is damaged ({Problem}); the user was told so")]
    public static partial void DatabaseDamagedDuringTurn(ILogger logger, string problem, Exception exception);
}
