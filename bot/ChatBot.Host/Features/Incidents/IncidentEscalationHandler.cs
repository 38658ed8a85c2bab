using System.Text.Json;
using ChatBot.Domain.Audit;
using ChatBot.Domain.Changes;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Organization;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// <c>incident.escalate</c>: tells level N (N = 1 right after the report) while nobody has acknowledged, and schedules
/// level N+1 after the policy's time. Past the top level it reminds every level a few times, then stops. Acknowledging
/// stops it (the status is checked first). Safe to run twice: the level is only raised, and messages carry dedupe keys.
/// The level is written through <see cref="ChangeRunner"/> like every other change to the incident.
/// </summary>
public sealed partial class IncidentEscalationHandler(
    IncidentRows rows,
    ChangeRunner runner,
    IncidentKnowledge knowledge,
    OrganizationDirectory organization,
    IDurableTimers timers,
    IncidentNotifier notifier,
    IOptions<IncidentOptions> options,
    ILogger<IncidentEscalationHandler> logger) : ITimerHandler
{
    // Why a run writes nothing. Only AlreadyRaised still tells the level: a rerun after a stop before the timer was
    // recorded as done finds the level raised, and its next level's timer was scheduled in that same commit.
    private const string NobodyToTell = "NobodyToTell", PastTheTop = "PastTheTop", NotReported = "NotReported", AlreadyRaised = "AlreadyRaised";

    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<IncidentTimers.EscalatePayloadData>(timer.PayloadJson, IncidentJson.Options)
            ?? throw new InvalidOperationException("Empty escalation payload.");
        var level = payload.Level;
        var policy = options.Value.Escalation;
        IReadOnlyList<IReadOnlyList<Person>> levels = [];
        var reminder = false;
        var result = await runner.RunAsync(rows, new ChangeCommand<IncidentRecord, IncidentRecord>(payload.Reference, AuditActors.System, null, _ => true,
            (current, _) =>
            {
                levels = IncidentRouting.LevelsFor(organization.Current, current);
                if (levels.Count == 0) return Decision.Reject<IncidentRecord>(NobodyToTell);
                reminder = level > levels.Count;
                if (reminder && level > levels.Count + policy.RemindersAtTop) return Decision.Reject<IncidentRecord>(PastTheTop);
                if (current.Status != IncidentStatus.Reported) return Decision.Reject<IncidentRecord>(NotReported);
                if (current.EscalationLevel >= level) return Decision.Reject<IncidentRecord>(AlreadyRaised);
                // The level is routing state, not a change the viewer made: the version (and open cards) stay valid.
                return Decision.Accept(current with { EscalationLevel = level }, reminder ? "incident.reminded" : "incident.escalated", new
                {
                    level,
                    recipients = reminder ? levels.SelectMany(x => x).Select(p => p.AadObjectId).ToList() : levels[level - 1].Select(p => p.AadObjectId).ToList(),
                });
            })
        {
            Schedule = (before, _, now, connection, transaction, ct) => timers.ScheduleAsync(IncidentTimers.EscalateKey(before.Reference, level + 1),
                IncidentTimers.EscalateKind, now + policy.DelayFor(knowledge.Classify(before.Report).Outcome),
                IncidentTimers.EscalatePayload(before.Reference, level + 1), connection, transaction, ct),
        }, cancellationToken);

        if (result.Reason == NobodyToTell) NobodyToNotify(logger, payload.Reference);
        if (!result.Succeeded && result.Reason != AlreadyRaised) return;
        var incident = result.State!;
        var key = IncidentTimers.EscalateKey(incident.Reference, level);
        if (reminder)
        {
            foreach (var person in levels.SelectMany(x => x))
                await notifier.ToPersonAsync(person.AadObjectId, incident, "Headline_Reminder", key, cancellationToken);
            return;
        }
        foreach (var person in levels[level - 1])
            await notifier.ToPersonAsync(person.AadObjectId, incident, level == 1 ? "Headline_New" : "Headline_Escalated", key, cancellationToken, level);
        // The levels below hear that it went up, so nobody thinks it is handled.
        foreach (var person in levels.Take(level - 1).SelectMany(x => x))
            await notifier.ToPersonAsync(person.AadObjectId, incident, "Headline_StillOpen", key, cancellationToken, level);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {Reference} has nobody to notify: the organization file names no responsible manager for the reporter's department and no privacy officer.")]
    private static partial void NobodyToNotify(ILogger logger, string reference);
}
