using Microsoft.Extensions.Logging;

namespace ChatBot.Host;

/// <summary>Outbox log messages; event ids 1100-1199 (claim and lease messages: Log.Durable.cs).</summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Information, "Outbox message {Id} attempt {Attempts} failed, next at {NextAttemptAt}: {Error}")]
    public static partial void OutboxRetryScheduled(ILogger logger, Guid id, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(1102, LogLevel.Error, "Outbox message {Id} is dead after {Attempts} attempts: {Error}")]
    public static partial void OutboxDead(ILogger logger, Guid id, int attempts, string error);

    [LoggerMessage(1104, LogLevel.Warning, "Outbox message {Id} delivery aborted by shutdown; retried after its lease expires")]
    public static partial void OutboxDeliveryAborted(ILogger logger, Guid id);

    [LoggerMessage(1106, LogLevel.Information, "Outbox message {Id} throttled ({ThrottledCount} so far, not counted as an attempt), next at {NextAttemptAt}: {Error}")]
    public static partial void OutboxThrottled(ILogger logger, Guid id, int throttledCount, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(1108, LogLevel.Information, "Outbox message {Id} took over a turn's {Kind} that the connector did not accept during the turn")]
    public static partial void OutboxTookOverReply(ILogger logger, Guid id, ChatBot.Protocol.Routing.TurnReplyKind kind);

    [LoggerMessage(1107, LogLevel.Error, "Outbox message {Id} is dead: {Error}")]
    public static partial void OutboxThrottledTooLong(ILogger logger, Guid id, string error);
}
