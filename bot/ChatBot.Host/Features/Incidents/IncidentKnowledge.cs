using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;

namespace ChatBot.Host.Features.Incidents;

/// <summary>The incident rules, holiday calendar and response plan, loaded once at start from knowledge/incidents/.</summary>
public sealed class IncidentKnowledge(IncidentRules rules, HolidayCalendar calendar, IncidentResponsePlan plan)
{
    public IncidentRules Rules { get; } = rules;

    public HolidayCalendar Calendar { get; } = calendar;

    public IncidentResponsePlan Plan { get; } = plan;

    public static IncidentKnowledge Load(string knowledgePath)
    {
        var folder = Path.Combine(knowledgePath, "incidents");
        var rulesPath = Path.Combine(folder, "rules.yaml");
        return new IncidentKnowledge(
            IncidentRulesLoader.Load(rulesPath),
            HolidayCalendarLoader.Load(Path.Combine(folder, "holidays.yaml")),
            IncidentResponseLoader.Load(rulesPath));
    }

    public IncidentClassification Classify(IncidentReport report) => IncidentClassifier.Classify(report.ToFacts(), Rules, Calendar);

    public ResponseStepRule? Step(string id) => Plan.Steps.FirstOrDefault(s => s.Id == id);
}
