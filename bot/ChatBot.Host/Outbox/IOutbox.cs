using System.Data.Common;

namespace ChatBot.Host.Outbox;

/// <summary>The only way to send proactively: persist first, deliver in the background.</summary>
public interface IOutbox
{
    /// <summary>Stores the message (a no-op for a known dedupe key) and wakes the worker.</summary>
    Task<OutboxEnqueueResult> EnqueueAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the message on the caller's connection and transaction, so a feature's own state and
    /// its message commit together. Call <see cref="Wake"/> after committing: before the commit the
    /// worker cannot see the row (it would otherwise wait for the next poll).
    /// </summary>
    Task<OutboxEnqueueResult> EnqueueAsync(
        OutboxEnvelope envelope, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default);

    /// <summary>One message as stored (its status, and once sent, where it landed), or null.</summary>
    Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Swaps the activity of a message no worker has picked up yet, so it goes out current; false once it is in
    /// flight or done (then update what was delivered instead).
    /// </summary>
    Task<bool> ReplacePendingPayloadAsync(Guid id, string payloadJson, CancellationToken cancellationToken = default);

    /// <summary>Makes this instance's worker look for due messages now.</summary>
    void Wake();
}
