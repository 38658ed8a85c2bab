namespace ChatBot.Protocol.Routing;

/// <summary>
/// Takes over a turn's reply that the connector did not accept within the turn's retry budget (see
/// <see cref="TurnReplyOptions"/>), and delivers it later. The protocol has no storage of its own: a host that
/// registers one (e.g. over a durable outbox) makes in-turn replies survive connector outages; without one, the last
/// connector error is thrown to the handler as before.
/// </summary>
public interface IReplyFallback
{
    /// <summary>
    /// Stores <paramref name="reply"/> for delivery after the turn; returns once it is stored (durably, so that a
    /// restart does not lose it). <paramref name="retryAfter"/> is the connector's <c>Retry-After</c>, not to be
    /// delivered before. Called with <see cref="CancellationToken.None"/> when Teams has given up on the turn: the
    /// reply must be kept all the same.
    /// </summary>
    Task HandOverAsync(TurnReply reply, TimeSpan? retryAfter, CancellationToken cancellationToken);
}
