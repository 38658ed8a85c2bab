using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Lifecycle;

/// <summary>The result of a finished self-assessment: counts per answer and per category, and the gaps, most urgent first.</summary>
public sealed record GapReport(
    AssessmentPlan Plan,
    bool SmallBusiness,
    IReadOnlyList<AssessedCountermeasure> Items,
    IReadOnlyList<AssessedCountermeasure> Gaps)
{
    public int Count(AssessmentAnswer answer) => Items.Count(i => i.Answer == answer);

    public int Count(string? category, AssessmentAnswer answer) => Items.Count(i => i.Category == category && i.Answer == answer);

    /// <summary>The categories present, in <see cref="GapReportBuilder.CategoryOrder"/>.</summary>
    public IReadOnlyList<string?> Categories =>
        [.. Items.Select(i => i.Category).Distinct().OrderBy(GapReportBuilder.CategoryRank)];
}

/// <summary>One countermeasure with the answer given, its risk and where it sits in the plan.</summary>
public sealed record AssessedCountermeasure(
    Countermeasure Countermeasure,
    ProcessStep ProcessStep,
    int StepIndex,
    RiskLevel Risk,
    AssessmentAnswer Answer,
    string? Note,
    Measure? Measure)
{
    public string? Category => Countermeasure.Category;
}
