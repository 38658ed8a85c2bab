using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Lifecycle;

/// <summary>
/// Builds the gap report. Gaps (未実施, 一部) are ordered by the risk of the concerns they address (high first), then
/// 未実施 before 一部, then by category: technical and physical first — the 2015 Japan Pension Service leak came
/// through an internet-connected terminal and files without access control, and they are the measures whose absence
/// exposes data directly — then organizational, human, rules, policy, external; then in plan order.
/// </summary>
public static class GapReportBuilder
{
    public static string[] CategoryOrder { get; } =
    [
        SafetyCategory.Technical, SafetyCategory.Physical, SafetyCategory.Organizational, SafetyCategory.Human,
        SafetyCategory.Rules, SafetyCategory.Policy, SafetyCategory.External,
    ];

    public static int CategoryRank(string? category)
    {
        var index = category is null ? -1 : Array.IndexOf(CategoryOrder, category);
        return index < 0 ? CategoryOrder.Length : index;
    }

    public static GapReport Build(KnowledgeBase knowledge, AssessmentPlan plan, bool smallBusiness, IReadOnlyDictionary<string, RecordedAnswer> answers)
    {
        var items = new List<AssessedCountermeasure>();
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            foreach (var countermeasure in plan.Steps[i].Countermeasures)
            {
                var recorded = answers.GetValueOrDefault(countermeasure.Id);
                items.Add(new AssessedCountermeasure(countermeasure, plan.Steps[i], i, plan.RiskOf(countermeasure),
                    recorded?.Answer ?? AssessmentAnswer.Unanswered, recorded?.Note,
                    countermeasure.Measure is { } m ? knowledge.FindMeasure(m) : null));
            }
        }

        var gaps = items.Where(i => i.Answer.IsGap())
            .OrderByDescending(i => i.Risk)
            .ThenBy(i => i.Answer == AssessmentAnswer.NotDone ? 0 : 1)
            .ThenBy(i => CategoryRank(i.Category)) // LINQ's sort is stable: ties keep the plan's order
            .ToList();
        return new GapReport(plan, smallBusiness, items, gaps);
    }
}
