namespace ChatBot.Protocol.Clients;

/// <summary>
/// A failed connector call. The client does not retry (a turn's replies are retried by <c>TurnReplies</c>, other sends
/// by the caller's outbox): use <see cref="IsTransient"/> and <see cref="RetryAfter"/> to schedule a retry and
/// <see cref="IsPermanent"/> to give up.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, int? statusCode, string? errorCode, TimeSpan? retryAfter, string? correlationId, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
        CorrelationId = correlationId;
    }

    /// <summary>The HTTP status, or null when no response came (timeout, network).</summary>
    public int? StatusCode { get; }

    /// <summary>The connector's <c>error.code</c>, e.g. <c>MessageWritesBlocked</c>, <c>MessageSizeTooBig</c>.</summary>
    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header, for Microsoft support.</summary>
    public string? CorrelationId { get; }

    /// <summary>Worth retrying later: throttling, precondition races, server errors, timeouts and network failures.</summary>
    public bool IsTransient => StatusCode is null or 412 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Rate-limited (429): Teams paces the bot per conversation and per app; wait <see cref="RetryAfter"/>.</summary>
    public bool IsThrottled => StatusCode == 429;

    /// <summary>Retrying cannot help: bot blocked/uninstalled, conversation or activity gone, bad or oversized request.</summary>
    public bool IsPermanent => StatusCode is 400 or 404 or 413 || (StatusCode == 403 && ErrorCode == "MessageWritesBlocked");
}
