using Microsoft.Extensions.Logging;

namespace ChatBot.Protocol;

/// <summary>All log messages of the protocol library, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Could not read signing keys from {MetadataUrl}")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(1002, LogLevel.Information, "Bot token rejected: {ExceptionType} {Detail}")]
    public static partial void TokenRejected(ILogger logger, string exceptionType, string? detail);
}
