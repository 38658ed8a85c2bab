using ChatBot.Protocol.Clients;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Routing;

/// <summary>What the replies of every turn share: the connector, the retry budget, and the host's fallback if any.</summary>
internal sealed class ReplyDelivery(
    IConnectorClient connector,
    IOptions<TurnReplyOptions> options,
    TimeProvider time,
    ILogger<ReplyDelivery> logger,
    IEnumerable<IReplyFallback> fallbacks)
{
    public IConnectorClient Connector { get; } = connector;

    public TurnReplyOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    /// <summary>The host's fallback; null in a bare protocol host, where a reply that cannot be delivered throws.</summary>
    public IReplyFallback? Fallback { get; } = fallbacks.LastOrDefault();

    /// <summary>Default budget, system clock, no fallback: for turns built outside the messaging endpoint.</summary>
    public static ReplyDelivery WithoutFallback(IConnectorClient connector) => new(
        connector, Microsoft.Extensions.Options.Options.Create(new TurnReplyOptions()), TimeProvider.System,
        Microsoft.Extensions.Logging.Abstractions.NullLogger<ReplyDelivery>.Instance, []);

    /// <param name="startedAt">The request's arrival (<see cref="TimeProvider.GetTimestamp"/>): the budget counts from there.</param>
    public TurnReplies ForTurn(long startedAt, CancellationToken turnAborted) => new(this, startedAt, turnAborted);

    /// <summary>The wait before retry number <paramref name="attempt"/> when the connector gave no Retry-After.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ceiling = Options.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10));
#pragma warning disable CA5394 // Jitter, not security: turns failing together (an outage) should not retry in step.
        return ceiling * (0.5 + (Random.Shared.NextDouble() / 2));
#pragma warning restore CA5394
    }
}
