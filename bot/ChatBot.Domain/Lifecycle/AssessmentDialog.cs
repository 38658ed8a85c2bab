namespace ChatBot.Domain.Lifecycle;

/// <summary>
/// One guided dialog (a self-assessment of one lifecycle step and business pattern) as stored.
/// <see cref="Version"/> grows with every change: cards carry it, so a stale or doubled click is recognized.
/// </summary>
/// <param name="Position">Index of the process step shown (preconditions first) while <see cref="Status"/> is Answering.</param>
/// <param name="SuccessorId">The dialog started from this one ("start again"), so a repeated click finds it instead of starting another.</param>
/// <param name="Learning">
/// Walked by someone the organization file does not list, to learn: kept like any dialog (its owner and version are
/// checked server-side) but never an assessment — left out of the managers' list, no workbook, no corrective actions.
/// </param>
public sealed record AssessmentDialog(
    string Id,
    string OwnerAadObjectId,
    string? StepId,
    string? PatternId,
    bool SmallBusiness,
    AssessmentStatus Status,
    int Position,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    string? SuccessorId,
    bool Learning = false);
