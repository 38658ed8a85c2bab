namespace ChatBot.Domain.Lifecycle;

/// <summary>A handler's self-assessment of one countermeasure.</summary>
public enum AssessmentAnswer
{
    Unanswered,
    Done,
    Partial,
    NotDone,
    NotApplicable,
}

/// <summary>The codes stored in the database and carried in card inputs.</summary>
public static class AssessmentAnswers
{
    public static IReadOnlyList<AssessmentAnswer> Choices { get; } =
        [AssessmentAnswer.Done, AssessmentAnswer.Partial, AssessmentAnswer.NotDone, AssessmentAnswer.NotApplicable];

    public static IReadOnlyList<AssessmentAnswer> All { get; } = [.. Choices, AssessmentAnswer.Unanswered];

    public static string Code(this AssessmentAnswer answer) => answer switch
    {
        AssessmentAnswer.Done => "done",
        AssessmentAnswer.Partial => "partial",
        AssessmentAnswer.NotDone => "not_done",
        AssessmentAnswer.NotApplicable => "na",
        _ => "",
    };

    /// <summary>Null for anything that is not a known code (a tampered or malformed input).</summary>
    public static AssessmentAnswer? Parse(string? code) => code switch
    {
        null or "" => AssessmentAnswer.Unanswered,
        "done" => AssessmentAnswer.Done,
        "partial" => AssessmentAnswer.Partial,
        "not_done" => AssessmentAnswer.NotDone,
        "na" => AssessmentAnswer.NotApplicable,
        _ => null,
    };

    /// <summary>未実施 and 一部 are gaps; 該当なし and 実施済 are not.</summary>
    public static bool IsGap(this AssessmentAnswer answer) => answer is AssessmentAnswer.NotDone or AssessmentAnswer.Partial;
}
