using System.Text.Json;
using ChatBot.Domain.Audit;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using ChatBot.Host.Audit;
using ChatBot.Host.Organization;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// <c>incident.escalate</c>: tells level N (N = 1 right after the report) while nobody has acknowledged, and schedules
/// level N+1 after the policy's time. Past the top level it reminds every level a few times, then stops. Acknowledging
/// stops it (the status is checked first). Safe to run twice: the level is only raised, and messages carry dedupe keys.
/// A level's time to acknowledge counts from the delivery of its messages (<see cref="IncidentEscalationGate"/>).
/// </summary>
public sealed partial class IncidentEscalationHandler(
    IncidentStore store,
    IncidentKnowledge knowledge,
    OrganizationDirectory organization,
    IAuditTrail audit,
    IDurableTimers timers,
    IncidentNotifier notifier,
    IncidentEscalationGate gate,
    IOptions<IncidentOptions> options,
    TimeProvider time,
    ILogger<IncidentEscalationHandler> logger) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<IncidentTimers.EscalatePayloadData>(timer.PayloadJson, IncidentJson.Options)
            ?? throw new InvalidOperationException("Empty escalation payload.");
        var level = payload.Level;
        // Not before the level below was told and had its time (defers the timer); who could not be told is shown.
        var unreached = await gate.CheckAsync(payload.Reference, level, cancellationToken);
        var policy = options.Value.Escalation;
        var now = time.GetUtcNow();
        IncidentRecord incident;
        IReadOnlyList<IReadOnlyList<Person>> levels;
        bool reminder;
        await using (var connection = await store.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Every early return below leaves the transaction uncommitted: nothing was written.
            var current = await store.GetAsync(payload.Reference, connection, transaction, cancellationToken);
            if (current is null) return;
            levels = IncidentRouting.LevelsFor(organization.Current, current);
            if (levels.Count == 0)
            {
                NobodyToNotify(logger, payload.Reference);
                return;
            }
            reminder = level > levels.Count;
            if (reminder && level > levels.Count + policy.RemindersAtTop) return;
            if (current.Status != IncidentStatus.Reported) return;
            incident = current;
            var outcome = knowledge.Classify(current.Report).Outcome;
            // A rerun (the instance stopped before it recorded the timer as done) finds the level raised: the next
            // level's timer was scheduled in that same commit, and scheduling it again would push it later.
            if (current.EscalationLevel < level)
            {
                incident = current with { EscalationLevel = level };
                // The level is routing state, not a change the viewer made: the version (and open cards) stay valid.
                await store.UpdateAsync(incident, current.Version, outcome.ToString(), now, connection, transaction, cancellationToken);
                await audit.AppendAsync(IncidentTimers.Stream(current.Reference), AuditActors.System, reminder ? "incident.reminded" : "incident.escalated", new
                {
                    level,
                    recipients = reminder ? levels.SelectMany(x => x).Select(p => p.AadObjectId).ToList() : levels[level - 1].Select(p => p.AadObjectId).ToList(),
                    unreached,
                }, connection, transaction, cancellationToken);
                await timers.ScheduleAsync(IncidentTimers.EscalateKey(current.Reference, level + 1), IncidentTimers.EscalateKind,
                    now + policy.DelayFor(outcome), IncidentTimers.EscalatePayload(current.Reference, level + 1), connection, transaction, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        var key = IncidentTimers.EscalateKey(incident.Reference, level);
        if (reminder)
        {
            foreach (var person in levels.SelectMany(x => x))
                await notifier.ToPersonAsync(person.AadObjectId, incident, "Headline_Reminder", key, cancellationToken);
            return;
        }
        foreach (var person in levels[level - 1])
            await notifier.ToPersonAsync(person.AadObjectId, incident, level == 1 ? "Headline_New" : unreached.Count > 0 ? "Headline_EscalatedUnreached" : "Headline_Escalated",
                key, cancellationToken, level, level - 1, string.Join(", ", unreached.Select(a => organization.Current.FindPerson(a)?.Name ?? a)));
        // The levels below hear that it went up, so nobody thinks it is handled.
        foreach (var person in levels.Take(level - 1).SelectMany(x => x))
            await notifier.ToPersonAsync(person.AadObjectId, incident, "Headline_StillOpen", key, cancellationToken, level);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {Reference} has nobody to notify: the organization file names no responsible manager for the reporter's department and no privacy officer.")]
    private static partial void NobodyToNotify(ILogger logger, string reference);
}
