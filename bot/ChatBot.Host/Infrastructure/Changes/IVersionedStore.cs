using System.Data.Common;

namespace ChatBot.Host.Infrastructure.Changes;

/// <summary>
/// A feature's side of <see cref="ChangeRunner"/>: how its versioned state is read and written inside the runner's
/// transaction. No rules here; who may act and what changes come with the <see cref="ChangeCommand{TState, TChange}"/>.
/// </summary>
/// <typeparam name="TState">What is loaded, checked and answered with (e.g. the incident record).</typeparam>
/// <typeparam name="TChange">What a decision stores (usually the new state).</typeparam>
public interface IVersionedStore<TState, in TChange>
    where TState : class
{
    Task<TState?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct);

    int VersionOf(TState state);

    /// <summary>The audit stream the change's events go to, e.g. <c>action:CA-2026-0001</c>.</summary>
    string StreamOf(TState state);

    /// <summary>Stores <paramref name="change"/> if the row is still at <paramref name="current"/>'s version; the stored state, or null when it moved meanwhile.</summary>
    Task<TState?> PersistAsync(TState current, TChange change, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
