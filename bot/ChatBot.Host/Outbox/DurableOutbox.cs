using System.Data.Common;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Outbox;

/// <summary>Persists envelopes and wakes the worker.</summary>
internal sealed class DurableOutbox(IDbConnectionFactory connections, OutboxSignal signal, TimeProvider timeProvider) : IOutbox
{
    public async Task<OutboxEnqueueResult> EnqueueAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var result = await OutboxStore.InsertAsync(envelope, timeProvider.GetUtcNow(), connection, null, cancellationToken).ConfigureAwait(false);
            if (result.Created)
            {
                signal.Notify();
            }

            return result;
        }
    }

    public async Task<OutboxEnqueueResult> EnqueueAsync(
        OutboxEnvelope envelope, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = await OutboxStore.InsertAsync(envelope, timeProvider.GetUtcNow(), connection, transaction, cancellationToken).ConfigureAwait(false);
        if (result.Created && transaction is null)
        {
            signal.Notify(); // already committed; inside a transaction the caller wakes after commit
        }

        return result;
    }

    public void Wake() => signal.Notify();
}
