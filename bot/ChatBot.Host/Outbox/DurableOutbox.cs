using System.Data.Common;
using ChatBot.Host.Storage;
using Dapper;

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
            signal.NotifyIfCommitted(result.Created, transaction: null);
            return result;
        }
    }

    public async Task<OutboxEnqueueResult> EnqueueAsync(
        OutboxEnvelope envelope, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = await OutboxStore.InsertAsync(envelope, timeProvider.GetUtcNow(), connection, transaction, cancellationToken).ConfigureAwait(false);
        signal.NotifyIfCommitted(result.Created, transaction);
        return result;
    }

    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
                $"SELECT {OutboxRow.Columns} FROM outbox WHERE id = @Id", new { Id = id.ToString() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToMessage();
        }
    }

    public async Task<bool> ReplacePendingPayloadAsync(Guid id, string payloadJson, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // The status guard makes this atomic against a claim: a worker that leased the row first wins.
            return await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE outbox SET payload = @Payload, updated_at = @Now WHERE id = @Id AND status = '{OutboxNames.Pending}'",
                new { Id = id.ToString(), Payload = payloadJson, Now = DbTime.ToDb(timeProvider.GetUtcNow()) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
        }
    }

    public void Wake() => signal.Notify();
}
