using ChatBot.Domain.Changes;
using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>
/// The pure changes an actor makes to an incident, each the next record (version + 1) and its audit event, or a
/// refusal named by its reason (e.g. <c>NotAcknowledged</c>). Who may ask is <see cref="IncidentAccess"/>; changes that
/// need the response plan (corrected facts, assigning a step) are decided where the plan is loaded.
/// </summary>
public static class IncidentTransitions
{
    /// <summary>Takes ownership: open steps without an assignee go to the actor.</summary>
    public static Decision<IncidentRecord> Acknowledge(IncidentRecord incident, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Status != IncidentStatus.Reported) return Decision.Reject<IncidentRecord>("AlreadyAcknowledged");
        return Next(incident, incident with
        {
            Status = IncidentStatus.Acknowledged,
            OwnerAad = actor,
            AcknowledgedAt = now,
            Steps = [.. incident.Steps.Select(s => s with { AssigneeAad = s.AssigneeAad ?? actor })],
        }, "incident.acknowledged", new { level = incident.EscalationLevel });
    }

    public static Decision<IncidentRecord> CompleteStep(IncidentRecord incident, string stepId, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var step = incident.Steps.FirstOrDefault(s => s.StepId == stepId);
        if (incident.Status != IncidentStatus.Acknowledged) return Decision.Reject<IncidentRecord>("NotAcknowledged");
        if (step is null) return Decision.Reject<IncidentRecord>("UnknownStep");
        if (step.Done) return Decision.Reject<IncidentRecord>("StepDone");
        return Next(incident, incident with { Steps = [.. incident.Steps.Select(s => s.StepId == stepId ? s with { DoneAt = now, DoneBy = actor } : s)] },
            "incident.step-completed", new { step = stepId });
    }

    /// <summary>More information; masked here because it is stored.</summary>
    public static Decision<IncidentRecord> AddNote(IncidentRecord incident, string text, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var masked = MyNumberGuard.Mask(text?.Trim()).Text;
        return masked.Length == 0
            ? Decision.Reject<IncidentRecord>("EmptyNote")
            : Next(incident, incident with { Notes = [.. incident.Notes, new IncidentNote(actor, now, masked)] }, "incident.note-added", new { text = masked });
    }

    /// <summary>Closes when every required step is done.</summary>
    public static Decision<IncidentRecord> Close(IncidentRecord incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Status != IncidentStatus.Acknowledged) return Decision.Reject<IncidentRecord>("NotAcknowledged");
        if (incident.OpenRequiredSteps.Any()) return Decision.Reject<IncidentRecord>("StepsOpen");
        return Next(incident, incident with { Status = IncidentStatus.Closed, ClosedAt = now }, "incident.closed", new { });
    }

    public static Decision<IncidentRecord> Reopen(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Status != IncidentStatus.Closed
            ? Decision.Reject<IncidentRecord>("NotClosed")
            : Next(incident, incident with { Status = IncidentStatus.Acknowledged, ClosedAt = null }, "incident.reopened", new { });
    }

    /// <summary>Accepts <paramref name="next"/> at the version after <paramref name="current"/>'s.</summary>
    public static Decision<IncidentRecord> Next(IncidentRecord current, IncidentRecord next, string action, object details)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        return Decision.Accept(next with { Version = current.Version + 1 }, action, details);
    }
}
