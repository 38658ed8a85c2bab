namespace ChatBot.Host.Outbox;

/// <summary>
/// Performs one delivery attempt against the Bot Connector (implemented by the connector layer).
/// Map HTTP results to <see cref="DeliveryOutcome"/>; exceptions count as <c>RetryLater</c>.
/// Honour the token: it is cancelled at the delivery timeout and at forced shutdown.
/// </summary>
public interface IOutboxDelivery
{
    Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
