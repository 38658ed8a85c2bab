namespace ChatBot.Domain.Incidents;

/// <summary>Classifies a leak report under the current rules (番号法第29条の4, 規則第2条〜第5条). Pure: the same facts,
/// rules and calendar always give the same result, so corrected facts are simply classified again.
/// Order: re-read the kind (lost inside = 滅失) → not a leak → strong encryption → criteria → contractor release → deadlines.</summary>
public static partial class IncidentClassifier
{
    public static IncidentClassification Classify(IncidentFacts facts, IncidentRules rules, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calendar);

        var m = rules.Messages;
        var reasoning = new List<LocalizedText>();
        var warnings = new List<LocalizedText>();
        var dayOne = DayOneOf(facts.LearnedAt, rules);

        var kind = EffectiveKind(facts, rules, reasoning);
        reasoning.Insert(0, m.Format("kind", ("kind", rules.KindNames[kind]), ("cause", rules.CauseNames[facts.Cause])));
        if (facts.SuspectedOnly) reasoning.Insert(1, m.Template("suspected"));

        var matched = rules.MandatoryCriteria
            .Where(c => (c.AppliesTo is null || c.AppliesTo.Contains(kind)) && c.Condition.IsMetBy(facts) == true)
            .ToList();
        PersonsWarnings(facts, rules, warnings);

        IncidentClassification Result(IncidentOutcome outcome, IReadOnlyList<IncidentCriterion> criteria) => new()
        {
            Outcome = outcome,
            EffectiveKind = kind,
            MatchedCriteria = criteria.Select(c => c.Id).ToList(),
            DayOne = dayOne,
            Reasoning = reasoning,
            Warnings = warnings,
        };

        // Not a leak (recovered unseen, a copy kept elsewhere), unless a criterion that still counts applies.
        foreach (var rule in rules.NotALeak.Where(r => r.Effect == NotALeakEffect.NotAnIncident && r.AppliesToCase(kind, facts.Cause) && r.Condition(facts)))
        {
            var overriding = matched.Where(c => rules.NotALeakStillCheck.Contains(c.Id)).ToList();
            if (overriding.Count == 0)
            {
                reasoning.Add(m.Format("not-an-incident", ("title", rule.Text.Title), ("reference", rule.Text.Reference)));
                return Result(IncidentOutcome.NotAnIncident, []);
            }
            reasoning.Add(m.Format("not-an-incident-but", ("title", rule.Text.Title), ("reference", rule.Text.Reference),
                ("criterion", overriding.Select(c => c.Text.Title))));
        }

        // Strong encryption (PPC Q&A 17-14): the algorithm conditions and any one way of managing the key, or it does not count.
        var exclusion = rules.Exclusion;
        if (exclusion.AppliesTo.Contains(kind) && facts.Encryption.Encrypted)
        {
            var unmet = exclusion.Unmet(facts.Encryption);
            if (unmet.Count == 0)
            {
                reasoning.Add(m.Format("encrypted", ("title", exclusion.Text.Title), ("reference", exclusion.Text.Reference)));
                return Result(IncidentOutcome.NotReportable, []);
            }
            reasoning.Add(m.Format("encryption-not-met", ("title", exclusion.Text.Title), ("reference", exclusion.Text.Reference), ("conditions", unmet)));
        }

        CriteriaReasoning(facts, rules, matched, reasoning, warnings);
        var mandatory = matched.Count > 0;
        reasoning.Add(mandatory
            ? m.Template("mandatory")
            : m.Format("best-effort", ("reference", rules.Otherwise.Reference)));

        // A contractor that notified its client in time is released; the client counts from the notice.
        if (facts.WeAreContractor)
        {
            var limit = rules.ContractorRelease.PromptWithinDays;
            if (facts.ClientNotifiedAt is { } notifiedAt)
            {
                var notifiedOn = DeadlineCalculator.DayOne(notifiedAt);
                var day = Math.Max(1, DeadlineCalculator.DayNumber(dayOne, notifiedOn));
                if (day <= limit)
                {
                    reasoning.Add(m.Format("contractor-released", ("notified", notifiedOn), ("day", day), ("limit", limit),
                        ("reference", rules.ContractorRelease.Text.Reference)));
                    if (mandatory && rules.ContractorRelease.ClientLearnsOnNotice)
                    {
                        var clientDue = DeadlineCalculator.DueDate(notifiedOn, FinalDays(rules, matched), calendar, rules.Final.RollForwardOn);
                        reasoning.Add(m.Format("contractor-client-counts", ("notified", notifiedOn), ("due", clientDue)));
                    }
                    return Result(IncidentOutcome.ContractorReleased, matched);
                }
                warnings.Add(m.Format("warn-contractor-late", ("notified", notifiedOn), ("day", day), ("limit", limit)));
            }
            else
            {
                warnings.Add(m.Format("warn-contractor-not-yet", ("until", DeadlineCalculator.Day(dayOne, limit)), ("limit", limit)));
            }
        }
        else if (facts.ContractorInvolved || facts.Cause == IncidentCause.Contractor)
        {
            reasoning.Add(m.Format("contractor-at-contractor", ("reference", rules.ContractorRelease.Text.Reference)));
        }

        var result = Result(mandatory ? IncidentOutcome.MandatoryReport : IncidentOutcome.BestEffortReport, matched);
        if (mandatory) result = WithDeadlines(result, rules, calendar, matched, reasoning, warnings);
        else reasoning.Add(m.Template("notify-best-effort"));

        foreach (var also in rules.AlsoConsider.Where(a => a.WhenAny.Any(c => c.IsMetBy(facts) == true)))
            warnings.Add(m.Format("also-consider", ("title", also.Text.Title), ("text", also.Text.Text)));
        return result;
    }

    private static DateOnly DayOneOf(DateTimeOffset learnedAt, IncidentRules rules)
    {
        var date = DeadlineCalculator.DayOne(learnedAt);
        return rules.Final.DayOfLearningIsDayOne ? date : date.AddDays(1);
    }

    private static IncidentKind EffectiveKind(IncidentFacts facts, IncidentRules rules, List<LocalizedText> reasoning)
    {
        var kind = facts.Kind;
        foreach (var rule in rules.NotALeak.Where(r => r.Effect != NotALeakEffect.NotAnIncident && r.AppliesToCase(kind, facts.Cause)))
        {
            var effect = rule.Condition(facts) ? rule.Effect : rule.OtherwiseEffect;
            if (effect == NotALeakEffect.TreatAsLoss)
            {
                kind = IncidentKind.Loss;
                reasoning.Add(rules.Messages.Format("treated-as-loss", ("title", rule.Text.Title), ("reference", rule.Text.Reference)));
            }
            else if (effect == NotALeakEffect.TreatAsLeak)
            {
                kind = IncidentKind.Leak;
                reasoning.Add(rules.Messages.Format("treated-as-leak", ("title", rule.Text.Title), ("reference", rule.Text.Reference)));
            }
        }
        return kind;
    }

    private static int FinalDays(IncidentRules rules, IEnumerable<IncidentCriterion> matched) =>
        matched.Select(c => c.FinalReportDays ?? 0).Append(rules.Final.Days).Max();
}
