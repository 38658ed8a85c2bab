using ChatBot.Domain.CorrectiveActions;

namespace ChatBot.Host.CorrectiveActions;

public enum CorrectiveActionOutcome
{
    Changed,
    NotFound,
    NotAuthorized,
    NoteRequired,
    InvalidTransition,

    /// <summary>Someone else changed it meanwhile: show the current state and let the user decide again.</summary>
    Conflict,
}

/// <summary>The result of a status change; <see cref="Action"/> is the current state when known.</summary>
public sealed record CorrectiveActionChange(CorrectiveActionOutcome Outcome, CorrectiveAction? Action)
{
    public bool Succeeded => Outcome == CorrectiveActionOutcome.Changed;
}
