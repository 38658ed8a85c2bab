using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Lifecycle;

/// <summary>The process steps a dialog walks for one lifecycle step and pattern: the step's preconditions first, then the pattern's steps.</summary>
public sealed record AssessmentPlan(LifecycleStep Step, LifecyclePattern Pattern, IReadOnlyList<ProcessStep> Steps)
{
    public int Count => Steps.Count;

    public IEnumerable<Countermeasure> Countermeasures => Steps.SelectMany(s => s.Countermeasures);

    /// <summary>Null when the step or pattern is unknown, or the pattern is not one of the step's (e.g. a tampered card).</summary>
    public static AssessmentPlan? Create(KnowledgeBase knowledge, string? stepId, string? patternId)
    {
        var step = stepId is null ? null : knowledge.FindStep(stepId);
        var pattern = step?.Patterns.FirstOrDefault(p => p.Id == patternId);
        if (step is null || pattern is null) return null;
        return new AssessmentPlan(step, pattern, [.. step.Preconditions, .. pattern.Steps]);
    }

    /// <summary>The highest risk among the concerns a countermeasure addresses (in the process step that holds it).</summary>
    public RiskLevel RiskOf(Countermeasure countermeasure)
    {
        var holder = Steps.FirstOrDefault(s => s.Countermeasures.Contains(countermeasure));
        if (holder is null) return RiskLevel.None;
        return holder.Concerns.Where(c => countermeasure.Addresses.Contains(c.Id))
            .Select(c => RiskLevels.Parse(c.Risk)).DefaultIfEmpty(RiskLevel.None).Max();
    }
}
