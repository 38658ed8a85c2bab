using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ChatBot.Domain.Changes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Host.Audit;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Organization;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>
/// Opens and changes corrective actions under the domain rules. The actor is always the AAD object id of the
/// turn's sender (<c>from.aadObjectId</c>) or <c>system</c>, never a value from card data.
/// </summary>
public sealed class CorrectiveActionService(
    CorrectiveActionStore store,
    ChangeRunner runner,
    IAuditTrail audit,
    IDurableTimers timers,
    OrganizationDirectory organization,
    IOptions<CorrectiveActionOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Opens an action for a finding, idempotently by origin reference, and schedules its first reminder and audits it
    /// in the same transaction. Who may open one is the calling feature's decision (e.g. the inspection's respondent).
    /// </summary>
    public async Task<(CorrectiveAction Action, bool Created)> CreateAsync(
        NewCorrectiveAction draft, string actorAadObjectId, CancellationToken cancellationToken = default)
    {
        var policy = options.Value.Policy;
        return await store.CreateAsync(draft, actorAadObjectId, async (action, connection, transaction, ct) =>
        {
            var at = CorrectiveActionReminders.NextReminderAt(action.DueDate, timeProvider.GetUtcNow(), policy);
            await timers.ScheduleIfAbsentAsync(CorrectiveActionNames.ReminderKey(action.Id, at), CorrectiveActionNames.ReminderTimerKind,
                at, ReminderPayload(action.Id), connection, transaction, ct).ConfigureAwait(false);
            await AuditCreatedAsync(action, actorAadObjectId, connection, transaction, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<ChangeResult<CorrectiveAction>> StartAsync(string id, string actorAadObjectId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.InProgress, null, null, cancellationToken);

    /// <summary>Closes as done; <paramref name="note"/> (what was done) is required.</summary>
    public Task<ChangeResult<CorrectiveAction>> CompleteAsync(string id, string actorAadObjectId, string? note, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.Done, note, null, cancellationToken);

    /// <summary>Closes as cancelled; <paramref name="reason"/> is required.</summary>
    public Task<ChangeResult<CorrectiveAction>> CancelAsync(string id, string actorAadObjectId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.Cancelled, reason, null, cancellationToken);

    /// <summary>
    /// Applies a status change if the actor may make it. <paramref name="expectedVersion"/> (the version the user saw
    /// on a card) makes a stale card <see cref="ChangeStatus.Stale"/> instead of a silent overwrite; a refused
    /// transition is <see cref="ChangeStatus.Rejected"/> with the <see cref="CorrectiveActionRefusal"/> name as reason.
    /// </summary>
    public Task<ChangeResult<CorrectiveAction>> ChangeStatusAsync(
        string id, string actorAadObjectId, CorrectiveActionStatus status, string? note, int? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        var command = new SetCorrectiveActionStatus(status, note);
        return runner.RunAsync(store, new ChangeCommand<CorrectiveAction, CorrectiveAction>(id, actorAadObjectId, expectedVersion,
            action => CorrectiveActionRules.MayChange(organization.Current, actorAadObjectId, action),
            (action, now) => CorrectiveActionTransitions.Decide(action, command, now)), cancellationToken);
    }

    internal static string ReminderPayload(string actionId) => JsonSerializer.Serialize(new ReminderTimerPayload(actionId));

    private Task AuditCreatedAsync(CorrectiveAction action, string actor, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        audit.AppendAsync(action.AuditStream, actor, CorrectiveActionNames.CreatedAction, new
        {
            origin = action.Origin.ToDb(), action.OriginReference, action.Title, owner = action.OwnerAadObjectId,
            department = action.DepartmentId, dueDate = action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, connection, transaction, ct);
}

internal sealed record ReminderTimerPayload(string ActionId);
