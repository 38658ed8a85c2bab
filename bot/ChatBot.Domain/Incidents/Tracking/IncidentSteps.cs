namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>Derives an incident's response steps from the plan and the current classification.</summary>
public static class IncidentSteps
{
    /// <summary>
    /// The steps that apply now: done steps and assignees are kept, due dates recomputed (a reclassification moves
    /// 速報/確報), new steps added, and open steps that no longer apply dropped (done ones stay as history).
    /// </summary>
    public static IReadOnlyList<IncidentStep> Plan(
        IncidentResponsePlan plan, IncidentClassification classification, IReadOnlyList<IncidentStep> existing, string? defaultAssignee)
    {
        var byId = existing.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        var applicable = plan.StepsFor(classification);
        var result = new List<IncidentStep>();
        foreach (var rule in plan.Steps)
        {
            var applies = applicable.Contains(rule);
            byId.TryGetValue(rule.Id, out var old);
            if (!applies && old is not { Done: true }) continue;
            var due = IncidentResponsePlan.DueDate(rule, classification) ?? (old?.DueDate is { } d && rule.Deadline == StepDeadline.None ? d : null);
            result.Add(new IncidentStep(rule.Id, applies && IncidentResponsePlan.IsRequired(rule, classification), old?.AssigneeAad ?? defaultAssignee, due, old?.DoneAt, old?.DoneBy));
        }
        return result;
    }
}
