using ChatBot.Domain.Lifecycle;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>A dialog as the runner loads it: the row and its stored answers (countermeasure id → answer).</summary>
public sealed record DialogState(AssessmentDialog Dialog, IReadOnlyDictionary<string, RecordedAnswer> Answers);

/// <summary>What a card action changes: the dialog's new state, answers to upsert, the counts when it finishes, a new dialog to insert.</summary>
public sealed record DialogTransition(AssessmentDialog Dialog, IReadOnlyList<RecordedAnswer> Answers, AnswerCounts? Counts = null, AssessmentDialog? Created = null);

/// <summary>How many countermeasures got each answer, stored with a finished dialog for the managers' list.</summary>
public sealed record AnswerCounts(int Done, int Partial, int NotDone, int NotApplicable, int Unanswered)
{
    public static AnswerCounts From(GapReport report) => new(report.Count(AssessmentAnswer.Done), report.Count(AssessmentAnswer.Partial),
        report.Count(AssessmentAnswer.NotDone), report.Count(AssessmentAnswer.NotApplicable), report.Count(AssessmentAnswer.Unanswered));
}
