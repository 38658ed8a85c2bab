namespace ChatBot.Domain.Changes;

/// <summary>
/// What a pure transition decided: the change to store and the events to audit, or a refusal with its reason.
/// <typeparamref name="TChange"/> is usually the new state; a feature that stores more than its state (e.g. answers
/// beside a dialog) uses its own change record.
/// </summary>
public sealed record Decision<TChange>(TChange? Change, IReadOnlyList<ChangeEvent> Events, string? Reason)
{
    public bool Accepted => Reason is null;
}

/// <summary>Builds <see cref="Decision{TChange}"/> values.</summary>
public static class Decision
{
    public static Decision<TChange> Accept<TChange>(TChange change, params IReadOnlyList<ChangeEvent> events) => new(change, events, null);

    public static Decision<TChange> Accept<TChange>(TChange change, string action, object? details) => new(change, [new ChangeEvent(action, details)], null);

    public static Decision<TChange> Reject<TChange>(string reason) => new(default, [], reason);
}
