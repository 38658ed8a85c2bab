using System.Data.Common;
using ChatBot.Domain.Changes;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Organization;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Files, changes and routes incidents. Each change is one transaction: the row (optimistic on its version), its
/// timers and its audit event (stream <c>incident:&lt;reference&gt;</c>, appended last) commit together; messages go out
/// after the commit through the outbox with dedupe keys. Authorization is decided here from the actor's AAD id.
/// </summary>
public sealed partial class IncidentService(
    IncidentStore store,
    IncidentRows rows,
    ChangeRunner runner,
    IncidentKnowledge knowledge,
    OrganizationDirectory organization,
    IAuditTrail audit,
    IDurableTimers timers,
    IncidentNotifier notifier,
    OrganizationLookup lookup,
    IOptions<IncidentOptions> options,
    TimeProvider time)
{
    private OrganizationModel Org => organization.Current;

    /// <summary>Files a report: a new reference, the classification, the steps, and the first routing (a timer due now,
    /// so level 1 is told durably and each next level after the policy's time).</summary>
    public async Task<IncidentRecord> FileAsync(string reporterAad, string? reporterName, IncidentReport report, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var classification = knowledge.Classify(report);
        // Looked up once, before the transaction: routing and authorization then agree for the incident's whole life.
        var routedVia = await lookup.FindKnownManagerAsync(reporterAad, ct);
        await using var connection = await store.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var reference = await store.NextReferenceAsync(JapanTime.DateOf(now).Year, connection, transaction, ct);
        var incident = new IncidentRecord
        {
            Reference = reference,
            ReporterAad = reporterAad,
            ReporterName = ReporterNames.Clean(reporterName),
            DepartmentId = Org.FindPerson(reporterAad)?.DepartmentId ?? Org.FindPerson(routedVia)?.DepartmentId,
            RoutedViaAad = routedVia,
            Report = report,
            Status = IncidentStatus.Reported,
            Version = 1,
            EscalationLevel = 0,
            CreatedAt = now,
            Steps = IncidentSteps.Plan(knowledge.Plan, classification, [], null),
        };
        await store.InsertAsync(incident, classification.Outcome.ToString(), now, connection, transaction, ct);
        await timers.ScheduleAsync(IncidentTimers.EscalateKey(reference, 1), IncidentTimers.EscalateKind, now,
            IncidentTimers.EscalatePayload(reference, 1), connection, transaction, ct);
        await audit.AppendAsync(IncidentTimers.Stream(reference), reporterAad, "incident.reported", new
        {
            outcome = classification.Outcome.ToString(),
            criteria = classification.MatchedCriteria,
            finalDue = classification.FinalReportDue?.ToString("yyyy-MM-dd"),
            routedVia,
            report = AuditView(report),
        }, connection, transaction, ct);
        await transaction.CommitAsync(ct);
        timers.Wake();
        return incident;
    }

    public Task<IncidentRecord?> GetAsync(string reference, CancellationToken ct) => store.GetAsync(reference, ct);

    /// <summary>The current state, for a refresh (the caller checks who may see it).</summary>
    public async Task<ChangeResult<IncidentRecord>> ViewAsync(string reference, CancellationToken ct) =>
        await store.GetAsync(reference, ct) is { } incident ? ChangeResult.Done(incident) : ChangeResult.NotFound<IncidentRecord>();

    public IncidentClassification Classify(IncidentRecord incident) => knowledge.Classify(incident.Report);

    /// <summary>Open incidents the actor may manage, by next due date.</summary>
    public async Task<IReadOnlyList<IncidentRecord>> ListForAsync(string? actorAad, CancellationToken ct)
    {
        var open = await store.ListOpenAsync(500, ct);
        return open.Where(i => IncidentAccess.CanManage(Org, actorAad, i)).ToList();
    }

    /// <summary>What goes into the audit details for a report: the facts and texts (already masked), no classification input lost.</summary>
    internal static object AuditView(IncidentReport r) => new
    {
        description = r.Description,
        noticedAt = r.NoticedAt.ToString("O"),
        kind = r.Kind.ToString(),
        cause = r.Cause.ToString(),
        estimatedPersons = r.EstimatedPersons,
        maxPersons = r.MaxPersons,
        encryption = r.Encryption,
        viewable = r.ViewableByOutsidersElectronically,
        wrongful = r.WrongfulPurpose,
        lostInside = r.LostInsideCompany,
        recovered = r.RecoveredBeforeViewedByOutsiders,
        copyKept = r.CopyKeptElsewhere,
        sensitive = r.SensitivePersonalInformation,
        contractorInvolved = r.ContractorInvolved,
        weAreContractor = r.WeAreContractor,
        clientNotifiedAt = r.ClientNotifiedAt?.ToString("O"),
        systemType = r.SystemType.ToString(),
        systemName = r.SystemName,
    };

    private delegate Decision<IncidentRecord> Decide(IncidentRecord current, DateTimeOffset now);

    /// <summary>
    /// Runs an actor's change: authorized by <paramref name="mayAct"/>, decided by <paramref name="decide"/> (see
    /// <see cref="IncidentTransitions"/>), timers rescheduled; after the commit the timer worker is woken and the shown copies refreshed.
    /// </summary>
    private Task<ChangeResult<IncidentRecord>> ChangeAsync(
        string actorAad, string reference, int? expectedVersion, Func<IncidentRecord, bool> mayAct, Decide decide, CancellationToken ct) =>
        runner.RunAsync(rows, new ChangeCommand<IncidentRecord, IncidentRecord>(reference, actorAad, expectedVersion, mayAct, (current, now) => decide(current, now))
        {
            Schedule = (before, next, now, connection, transaction, token) =>
                ScheduleTimersAsync(before, next, knowledge.Classify(next.Report), now, connection, transaction, token),
            Notify = async (next, token) =>
            {
                timers.Wake();
                await notifier.RefreshCopiesAsync(next, actorAad, token);
            },
        }, ct);

    /// <summary>Reminders before each open step's due date; while unacknowledged, the next escalation moves earlier when
    /// the policy got stricter (e.g. the count passed 100 and the report became mandatory).</summary>
    private async Task ScheduleTimersAsync(
        IncidentRecord before, IncidentRecord next, IncidentClassification classification, DateTimeOffset now,
        DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (next.Status == IncidentStatus.Reported && next.EscalationLevel > 0)
        {
            var key = IncidentTimers.EscalateKey(next.Reference, next.EscalationLevel + 1);
            var pending = await timers.GetAsync(key, ct);
            var due = now + options.Value.Escalation.DelayFor(classification.Outcome);
            if (pending is { Status: TimerStatus.Pending } && pending.DueAt > due)
                await timers.ScheduleAsync(key, IncidentTimers.EscalateKind, due, pending.PayloadJson, connection, transaction, ct);
        }
        if (before.Status == IncidentStatus.Reported && next.Status != IncidentStatus.Reported)
            await timers.CancelAsync(IncidentTimers.EscalateKey(next.Reference, next.EscalationLevel + 1), connection, transaction, ct);

        if (next.Status == IncidentStatus.Closed) return;
        foreach (var step in next.Steps.Where(s => !s.Done && s.DueDate is not null))
        {
            var due = step.DueDate!.Value;
            var at = JapanTime.At(due.AddDays(-options.Value.ReminderDaysBefore), new TimeOnly(9, 0));
            if (at < now) at = now;
            if (JapanTime.At(due, new TimeOnly(23, 59)) < now) continue;
            await timers.ScheduleAsync(IncidentTimers.ReminderKey(next.Reference, step.StepId, due), IncidentTimers.ReminderKind, at,
                IncidentTimers.ReminderPayload(next.Reference, step.StepId, due), connection, transaction, ct);
        }
    }
}
