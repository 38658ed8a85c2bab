using ChatBot.Domain.Changes;

namespace ChatBot.Domain.CorrectiveActions;

/// <summary>A status change asked for; <paramref name="Note"/> is what was done (Done) or why not (Cancelled).</summary>
public sealed record SetCorrectiveActionStatus(CorrectiveActionStatus Status, string? Note);

/// <summary>The pure status transition of a corrective action; who may ask is <see cref="CorrectiveActionRules.MayChange"/>.</summary>
public static class CorrectiveActionTransitions
{
    public const string StatusChangedAction = "corrective-action.status-changed";

    /// <summary>
    /// The new state (version + 1, the note masked and kept when none is given) and its audit event, or a refusal whose
    /// reason is the <see cref="CorrectiveActionRefusal"/> name.
    /// </summary>
    public static Decision<CorrectiveAction> Decide(CorrectiveAction state, SetCorrectiveActionStatus command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (CorrectiveActionRules.CheckTransition(state, command.Status, command.Note) is { } refusal)
            return Decision.Reject<CorrectiveAction>(refusal.ToString());

        var note = command.Note is null ? null : CorrectiveActionRules.CleanText(command.Note);
        var next = state with { Status = command.Status, ClosingNote = note ?? state.ClosingNote, UpdatedAt = now, Version = state.Version + 1 };
        return Decision.Accept(next, StatusChangedAction, new { status = command.Status.Code(), note, version = next.Version });
    }
}
