using ChatBot.Domain.Changes;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;

namespace ChatBot.Host.Features.Incidents;

public sealed partial class IncidentService
{
    /// <summary>Takes ownership and stops the escalation; the reporter is told.</summary>
    public async Task<ChangeResult<IncidentRecord>> AcknowledgeAsync(string actorAad, string reference, int version, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, version, i => IncidentAccess.CanManage(Org, actorAad, i),
            (i, now) => IncidentTransitions.Acknowledge(i, actorAad, now), ct);
        if (change.Succeeded) await notifier.StatusToReporterAsync(change.State!, "Headline_Acknowledged", ct);
        return change;
    }

    /// <summary>Corrected facts: classified again, step due dates recomputed, the change audited, the owner told.</summary>
    public async Task<ChangeResult<IncidentRecord>> UpdateReportAsync(string actorAad, string reference, int version, IncidentReport report, CancellationToken ct)
    {
        IncidentClassification? before = null, after = null;
        var change = await ChangeAsync(actorAad, reference, version, i => i.IsOpen && IncidentAccess.CanContribute(Org, actorAad, i), (i, now) =>
        {
            before = knowledge.Classify(i.Report);
            after = knowledge.Classify(report);
            // Keep the "masked" mark of the original report: masking once is enough to tell every viewer.
            return IncidentTransitions.Next(i, i with { Report = report with { Masked = report.Masked || i.Report.Masked }, Steps = IncidentSteps.Plan(knowledge.Plan, after, i.Steps, i.OwnerAad) },
                "incident.facts-updated", new
                {
                    outcomeBefore = before.Outcome.ToString(),
                    outcomeAfter = after.Outcome.ToString(),
                    finalDueBefore = before.FinalReportDue?.ToString("yyyy-MM-dd"),
                    finalDueAfter = after.FinalReportDue?.ToString("yyyy-MM-dd"),
                    report = AuditView(report),
                });
        }, ct);
        if (change.Succeeded)
        {
            var key = before is not null && before.Outcome != after!.Outcome ? "Notify_Reclassified" : "Notify_FactsUpdated";
            await notifier.ToManagersAsync(change.State!, key, actorAad, $"v{change.State!.Version}", ct);
        }
        return change;
    }

    public async Task<ChangeResult<IncidentRecord>> CompleteStepAsync(string actorAad, string reference, int version, string stepId, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, version, i => IncidentAccess.CanManage(Org, actorAad, i),
            (i, now) => IncidentTransitions.CompleteStep(i, stepId, actorAad, now), ct);
        return change;
    }

    /// <summary>Assigns a step to someone who may manage the incident, with an optional due date (PPC steps keep theirs).</summary>
    public async Task<ChangeResult<IncidentRecord>> AssignStepAsync(string actorAad, string reference, int version, string stepId, string assigneeAad, DateOnly? due, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, version, i => IncidentAccess.CanManage(Org, actorAad, i), (i, now) =>
        {
            var step = i.Steps.FirstOrDefault(s => s.StepId == stepId);
            if (i.Status != IncidentStatus.Acknowledged) return Decision.Reject<IncidentRecord>("NotAcknowledged");
            if (step is null || step.Done) return Decision.Reject<IncidentRecord>("UnknownStep");
            if (Org.FindPerson(assigneeAad) is null || !IncidentAccess.CanManage(Org, assigneeAad, i with { OwnerAad = null }))
                return Decision.Reject<IncidentRecord>("BadAssignee");
            var rule = knowledge.Step(stepId);
            var keepDue = rule?.Deadline != StepDeadline.None;
            var newDue = keepDue ? step.DueDate : due ?? step.DueDate;
            return IncidentTransitions.Next(i, i with { Steps = [.. i.Steps.Select(s => s.StepId == stepId ? s with { AssigneeAad = assigneeAad, DueDate = newDue } : s)] },
                "incident.step-assigned", new { step = stepId, assignee = assigneeAad, due = newDue?.ToString("yyyy-MM-dd") });
        }, ct);
        if (change.Succeeded && !string.Equals(assigneeAad, actorAad, StringComparison.OrdinalIgnoreCase))
            await notifier.ToPersonAsync(assigneeAad, change.State!, "Notify_Assigned", $"incident:{reference}:assigned:{stepId}:v{change.State!.Version}", ct);
        return change;
    }

    /// <summary>More information from the reporter or a manager (masked again here: it is stored).</summary>
    public async Task<ChangeResult<IncidentRecord>> AddNoteAsync(string actorAad, string reference, string text, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, null, i => IncidentAccess.CanContribute(Org, actorAad, i),
            (i, now) => IncidentTransitions.AddNote(i, text, actorAad, now), ct);
        if (change.Succeeded) await notifier.ToManagersAsync(change.State!, "Notify_NoteAdded", actorAad, $"v{change.State!.Version}", ct);
        return change;
    }

    /// <summary>Closes when every mandatory step is done.</summary>
    public async Task<ChangeResult<IncidentRecord>> CloseAsync(string actorAad, string reference, int version, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, version, i => IncidentAccess.CanManage(Org, actorAad, i),
            (i, now) => IncidentTransitions.Close(i, now), ct);
        if (change.Succeeded) await notifier.StatusToReporterAsync(change.State!, "Headline_Closed", ct);
        return change;
    }

    public async Task<ChangeResult<IncidentRecord>> ReopenAsync(string actorAad, string reference, int version, CancellationToken ct)
    {
        var change = await ChangeAsync(actorAad, reference, version, i => IncidentAccess.CanManage(Org, actorAad, i),
            (i, _) => IncidentTransitions.Reopen(i), ct);
        if (change.Succeeded) await notifier.StatusToReporterAsync(change.State!, "Headline_Reopened", ct);
        return change;
    }
}
