namespace ChatBot.Host.Outbox;

/// <summary>Operator view of the outbox.</summary>
public interface IOutboxAdmin
{
    /// <summary>Dead rows, most recently failed first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDeadAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead row back to pending with its attempts reset; false if it was not dead.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default);
}
