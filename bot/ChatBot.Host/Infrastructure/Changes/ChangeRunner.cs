using ChatBot.Domain.Changes;
using ChatBot.Host.Audit;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Infrastructure.Changes;

/// <summary>
/// The one path of every versioned change: transaction → load → authorize → version check → decide → persist →
/// schedule → audit → commit → notify. The audit events are appended last because the append holds the audit lock
/// until the commit; a refused change writes nothing and notifies no one.
/// </summary>
public sealed class ChangeRunner(IDbConnectionFactory connections, IAuditTrail audit, TimeProvider time)
{
    public async Task<ChangeResult<TState>> RunAsync<TState, TChange>(
        IVersionedStore<TState, TChange> store, ChangeCommand<TState, TChange> command, CancellationToken ct)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(command);
        var result = await CommitAsync(store, command, ct).ConfigureAwait(false);
        if (result.Succeeded && command.Notify is not null) await command.Notify(result.State!, ct).ConfigureAwait(false);
        return result;
    }

    private async Task<ChangeResult<TState>> CommitAsync<TState, TChange>(
        IVersionedStore<TState, TChange> store, ChangeCommand<TState, TChange> command, CancellationToken ct)
        where TState : class
    {
        var now = time.GetUtcNow();
        var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var current = await store.LoadAsync(command.Id, connection, transaction, ct).ConfigureAwait(false);
                if (current is null) return ChangeResult.NotFound<TState>();
                if (!command.MayAct(current)) return ChangeResult.Forbidden(current);
                if (command.ExpectedVersion is { } seen && seen != store.VersionOf(current)) return ChangeResult.Stale(current);

                var decision = command.Decide(current, now);
                if (!decision.Accepted) return ChangeResult.Rejected(current, decision.Reason!);
                var stored = await store.PersistAsync(current, decision.Change!, now, connection, transaction, ct).ConfigureAwait(false);
                // Changed by someone else between the read and the write: answer with what is there now.
                if (stored is null) return ChangeResult.Stale(await store.LoadAsync(command.Id, connection, transaction, ct).ConfigureAwait(false));

                if (command.Schedule is not null) await command.Schedule(current, stored, now, connection, transaction, ct).ConfigureAwait(false);
                foreach (var change in decision.Events)
                {
                    await audit.AppendAsync(store.StreamOf(stored), command.Actor, change.Action, change.Details, connection, transaction, ct).ConfigureAwait(false);
                }
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return ChangeResult.Done(stored);
            }
        }
    }
}
