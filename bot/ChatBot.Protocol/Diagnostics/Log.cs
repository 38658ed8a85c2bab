using Microsoft.Extensions.Logging;

namespace ChatBot.Protocol;

/// <summary>All log messages of the protocol library, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Could not read signing keys from {MetadataUrl}")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(1002, LogLevel.Information, "Bot token rejected: {ExceptionType} {Detail}")]
    public static partial void TokenRejected(ILogger logger, string exceptionType, string? detail);

    [LoggerMessage(2001, LogLevel.Debug, "Connector {Method} answered {Status} (correlation {CorrelationId})")]
    public static partial void ConnectorCall(ILogger logger, string method, int status, string? correlationId);

    [LoggerMessage(2002, LogLevel.Warning, "Connector {Method} failed with {Status} {ErrorCode} (correlation {CorrelationId})")]
    public static partial void ConnectorFailed(ILogger logger, string method, int status, string? errorCode, string? correlationId);

    [LoggerMessage(2003, LogLevel.Information, "Connector {Method} answered 401; retrying once with a fresh token (correlation {CorrelationId})")]
    public static partial void ConnectorUnauthorizedRetry(ILogger logger, string method, string? correlationId);

    [LoggerMessage(2004, LogLevel.Information, "Turn {Kind} failed with {Status}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void ReplyRetrying(ILogger logger, Routing.TurnReplyKind kind, int? status, TimeSpan delay, int attempt);

    [LoggerMessage(2005, LogLevel.Warning, "Turn {Kind} not accepted by the connector after {Attempts} attempts (last {Status}); handed over for delivery after the turn")]
    public static partial void ReplyHandedOver(ILogger logger, Routing.TurnReplyKind kind, int attempts, int? status);

    [LoggerMessage(2006, LogLevel.Information, "Turn {Kind} handed over without trying: an earlier reply of the turn was handed over and must not be overtaken")]
    public static partial void ReplyFollowsHandedOver(ILogger logger, Routing.TurnReplyKind kind);

    [LoggerMessage(2007, LogLevel.Information, "Typing indicator failed with {Status} {ErrorCode}; the turn goes on without it")]
    public static partial void TypingFailed(ILogger logger, int? status, string? errorCode);

    [LoggerMessage(3001, LogLevel.Error, "Bot handler failed for {ActivityType} {InvokeName} activity {ActivityId}")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, string? invokeName, string? activityId, Exception exception);

    [LoggerMessage(3002, LogLevel.Warning, "No route for invoke {InvokeName}; answering 501")]
    public static partial void UnknownInvoke(ILogger logger, string invokeName);

    [LoggerMessage(3003, LogLevel.Warning, "No route for card verb {Verb}; answering 400")]
    public static partial void UnknownVerb(ILogger logger, string? verb);

    [LoggerMessage(3004, LogLevel.Warning, "Card verb {Verb} got card data it cannot read ({Problem}); answering 400")]
    public static partial void InvalidCardData(ILogger logger, string verb, Cards.CardDataProblem problem);

    [LoggerMessage(4001, LogLevel.Warning, "Bot:AppId is empty: {Pattern} runs in ANONYMOUS mode (no token checks, loopback callers only). Local development only.")]
    public static partial void AnonymousMode(ILogger logger, string pattern);

    [LoggerMessage(4002, LogLevel.Information, "Bot request rejected with {Status}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string reason);
}
