using System.Data.Common;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Timers;

/// <summary>Writes timers and wakes the local worker.</summary>
internal sealed class DurableTimers(IDbConnectionFactory connections, TimerStore store, TimerSignal signal, TimeProvider timeProvider)
    : IDurableTimers
{
    public Task<bool> ScheduleAsync(string key, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken = default) =>
        OwnConnectionAsync((c, ct) => TimerStore.UpsertAsync(key, kind, dueAt, payloadJson, replace: true, Now, c, null, ct), cancellationToken);

    public Task<bool> ScheduleAsync(
        string key, string kind, DateTimeOffset dueAt, string payloadJson, DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken = default) =>
        WakeIfCommittedAsync(TimerStore.UpsertAsync(key, kind, dueAt, payloadJson, replace: true, Now, connection, transaction, cancellationToken), transaction);

    public Task<bool> ScheduleIfAbsentAsync(string key, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken = default) =>
        OwnConnectionAsync((c, ct) => TimerStore.UpsertAsync(key, kind, dueAt, payloadJson, replace: false, Now, c, null, ct), cancellationToken);

    public Task<bool> ScheduleIfAbsentAsync(
        string key, string kind, DateTimeOffset dueAt, string payloadJson, DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken = default) =>
        WakeIfCommittedAsync(TimerStore.UpsertAsync(key, kind, dueAt, payloadJson, replace: false, Now, connection, transaction, cancellationToken), transaction);

    public Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default) =>
        OwnConnectionAsync((c, ct) => TimerStore.CancelAsync(key, Now, c, null, ct), cancellationToken);

    public Task<bool> CancelAsync(string key, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default) =>
        TimerStore.CancelAsync(key, Now, connection, transaction, cancellationToken);

    public Task<DurableTimer?> GetAsync(string key, CancellationToken cancellationToken = default) => store.GetAsync(key, cancellationToken);

    public void Wake() => signal.Notify();

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    private async Task<bool> OwnConnectionAsync(Func<DbConnection, CancellationToken, Task<bool>> action, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var written = await action(connection, cancellationToken).ConfigureAwait(false);
            signal.NotifyIfCommitted(written, transaction: null);
            return written;
        }
    }

    private async Task<bool> WakeIfCommittedAsync(Task<bool> write, DbTransaction? transaction)
    {
        var written = await write.ConfigureAwait(false);
        signal.NotifyIfCommitted(written, transaction);
        return written;
    }
}
