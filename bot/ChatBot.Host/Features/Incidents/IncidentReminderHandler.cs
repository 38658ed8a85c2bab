using System.Text.Json;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Incidents;

/// <summary><c>incident.reminder</c>: before a step's due date, reminds its assignee (or the owner) unless it is done,
/// the incident closed, or the due date moved (a reclassification schedules a new reminder under a new key).</summary>
public sealed class IncidentReminderHandler(IncidentStore store, IncidentNotifier notifier) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<IncidentTimers.ReminderPayloadData>(timer.PayloadJson, IncidentJson.Options)
            ?? throw new InvalidOperationException("Empty reminder payload.");
        var incident = await store.GetAsync(payload.Reference, cancellationToken);
        var step = incident?.Steps.FirstOrDefault(s => s.StepId == payload.StepId);
        if (incident is null || !incident.IsOpen || step is null || step.Done || step.DueDate != payload.Due) return;
        var to = step.AssigneeAad ?? incident.OwnerAad;
        if (to is null) return;
        await notifier.ToPersonAsync(to, incident, "Headline_StepDue", timer.Key, cancellationToken);
    }
}
