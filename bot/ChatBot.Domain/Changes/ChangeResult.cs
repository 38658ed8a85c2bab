namespace ChatBot.Domain.Changes;

/// <summary>
/// The result of a versioned change: <see cref="State"/> is the state after it, or as it stands when refused (null
/// when not found); <see cref="Reason"/> names why a <see cref="ChangeStatus.Rejected"/> change was refused.
/// </summary>
public sealed record ChangeResult<TState>(ChangeStatus Status, TState? State, string? Reason = null)
{
    public bool Succeeded => Status == ChangeStatus.Done;
}

/// <summary>Builds <see cref="ChangeResult{TState}"/> values.</summary>
public static class ChangeResult
{
    public static ChangeResult<TState> Done<TState>(TState state) => new(ChangeStatus.Done, state);

    public static ChangeResult<TState> NotFound<TState>() => new(ChangeStatus.NotFound, default);

    public static ChangeResult<TState> Forbidden<TState>(TState? current) => new(ChangeStatus.Forbidden, current);

    public static ChangeResult<TState> Stale<TState>(TState? current) => new(ChangeStatus.Stale, current);

    public static ChangeResult<TState> Rejected<TState>(TState? current, string reason) => new(ChangeStatus.Rejected, current, reason);
}
