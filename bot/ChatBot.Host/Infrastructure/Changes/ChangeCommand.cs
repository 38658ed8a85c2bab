using System.Data.Common;
using ChatBot.Domain.Changes;

namespace ChatBot.Host.Infrastructure.Changes;

/// <summary>
/// One change asked for by <paramref name="Actor"/> (the turn sender's AAD id or <c>system</c>, never card data).
/// <paramref name="ExpectedVersion"/> is the version the card showed; null when the action does not depend on it
/// (e.g. adding a note).
/// </summary>
/// <param name="MayAct">Authorization on the loaded state.</param>
/// <param name="Decide">The pure transition: the change and its audit events, or a refusal.</param>
public sealed record ChangeCommand<TState, TChange>(
    string Id,
    string Actor,
    int? ExpectedVersion,
    Func<TState, bool> MayAct,
    Func<TState, DateTimeOffset, Decision<TChange>> Decide)
    where TState : class
{
    /// <summary>Timers that follow from the change, written on the runner's transaction before the audit events.</summary>
    public ScheduleChange<TState>? Schedule { get; init; }

    /// <summary>Runs after the commit, only when the change was done (messages go through the outbox with dedupe keys).</summary>
    public Func<TState, CancellationToken, Task>? Notify { get; init; }
}

/// <summary>Schedules (or cancels) what follows from a change from <paramref name="before"/> to <paramref name="after"/>.</summary>
public delegate Task ScheduleChange<in TState>(
    TState before, TState after, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct);
