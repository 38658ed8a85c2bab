using System.Globalization;
using ChatBot.Domain.Incidents;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Checks that facts stated by the knowledge base agree with the incident rules the classifier uses: a 確報 period or the
/// 100-person threshold written one way in an answer and another way in rules.yaml would tell users one deadline and
/// compute another. Compared from structured fields (<see cref="KnowledgeEntry.Facts"/>), never from prose.
/// </summary>
public static class KnowledgeConsistency
{
    /// <summary>The rule values a fact in facts.yaml may be tied to with <c>rule:</c>.</summary>
    public static IReadOnlySet<string> RuleValues { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "final-report-days", "final-report-days-wrongful-purpose", "over-persons-threshold",
        "preliminary-days-min", "preliminary-days-max",
    };

    /// <summary>Each disagreement, naming the entry, the fact, its value and the rules' value; empty when all agree.</summary>
    public static IReadOnlyList<string> Check(KnowledgeBase kb, IncidentRules rules)
    {
        var problems = new List<string>();
        foreach (var fact in kb.Facts.Where(f => f.Rule is not null))
        {
            var expected = RuleValue(rules, fact.Rule!);
            foreach (var entry in kb.Entries.Where(e => e.Facts.ContainsKey(fact.Id)))
            {
                var value = entry.Facts[fact.Id];
                if (value != expected)
                {
                    problems.Add($"entry '{entry.Id}': facts.{fact.Id} is '{value}' but incidents/rules.yaml gives '{expected ?? "(nothing)"}' ({fact.Rule})");
                }
            }
        }

        return problems;
    }

    private static string? RuleValue(IncidentRules rules, string rule)
    {
        int? value = rule switch
        {
            "final-report-days" => rules.Final.Days,
            "final-report-days-wrongful-purpose" => rules.MandatoryCriteria
                .FirstOrDefault(c => c.Condition.Kind == IncidentConditionKind.WrongfulPurpose)?.FinalReportDays,
            "over-persons-threshold" => rules.MandatoryCriteria
                .FirstOrDefault(c => c.Condition.Kind == IncidentConditionKind.OverPersons)?.Condition.Threshold,
            "preliminary-days-min" => rules.Preliminary.TargetDaysMin,
            "preliminary-days-max" => rules.Preliminary.TargetDaysMax,
            _ => null,
        };
        return value?.ToString(CultureInfo.InvariantCulture);
    }
}
