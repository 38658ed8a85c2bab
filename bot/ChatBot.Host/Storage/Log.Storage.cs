using Microsoft.Extensions.Logging;

namespace ChatBot.Host;

/// <summary>Storage log messages; event ids 1000-1099.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Applied migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(1003, LogLevel.Warning, "No database was found at {Location}: created a new, empty one. If this instance should have found existing data, the database was deleted or replaced; the audit trail starts again at a genesis event")]
    public static partial void DatabaseCreated(ILogger logger, string location);

    [LoggerMessage(1004, LogLevel.Warning, "Audit trail genesis written: {Action} as event {Sequence} of {Location}")]
    public static partial void AuditGenesisWritten(ILogger logger, string action, long sequence, string location);

    [LoggerMessage(1001, LogLevel.Error, "Row '{Key}' of table {Table} cannot be read; the user was told so")]
    public static partial void RowUnreadable(ILogger logger, string table, string key, Exception exception);

    [LoggerMessage(1002, LogLevel.Error, "The database is damaged ({Problem}); the user was told so")]
    public static partial void DatabaseDamagedDuringTurn(ILogger logger, string problem, Exception exception);
}
