using ChatBot.Domain.Lifecycle;

namespace ChatBot.Host.Features.Lifecycle;

public enum DialogChangeOutcome
{
    Applied,
    NotFound,
    NotOwner,
    Stale,
    Invalid,
}

/// <summary>The result of <see cref="LifecycleDialogStore.ChangeAsync"/>: the dialog after the change, or as it stands when refused.</summary>
public sealed record DialogChange(DialogChangeOutcome Outcome, AssessmentDialog? Dialog);

/// <summary>What a card action changes: the dialog's new state, answers to upsert, the counts when it finishes, a new dialog to insert.</summary>
public sealed record DialogTransition(AssessmentDialog Dialog, IReadOnlyList<RecordedAnswer> Answers, AnswerCounts? Counts = null, AssessmentDialog? Created = null);

/// <summary>How many countermeasures got each answer, stored with a finished dialog for the managers' list.</summary>
public sealed record AnswerCounts(int Done, int Partial, int NotDone, int NotApplicable, int Unanswered)
{
    public static AnswerCounts From(GapReport report) => new(report.Count(AssessmentAnswer.Done), report.Count(AssessmentAnswer.Partial),
        report.Count(AssessmentAnswer.NotDone), report.Count(AssessmentAnswer.NotApplicable), report.Count(AssessmentAnswer.Unanswered));
}
