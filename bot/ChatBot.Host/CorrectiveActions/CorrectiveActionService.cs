using System.Text.Json;
using ChatBot.Domain.CorrectiveActions;
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
    IDurableTimers timers,
    OrganizationDirectory organization,
    IOptions<CorrectiveActionOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Opens an action for a finding, idempotently by origin reference, and schedules its first reminder in the same
    /// transaction. Who may open one is the calling feature's decision (e.g. the inspection's respondent).
    /// </summary>
    public async Task<(CorrectiveAction Action, bool Created)> CreateAsync(
        NewCorrectiveAction draft, string actorAadObjectId, CancellationToken cancellationToken = default)
    {
        var policy = options.Value.Policy;
        var result = await store.CreateAsync(draft, actorAadObjectId, async (action, connection, transaction, ct) =>
        {
            var at = CorrectiveActionReminders.NextReminderAt(action.DueDate, timeProvider.GetUtcNow(), policy);
            await timers.ScheduleIfAbsentAsync(CorrectiveActionNames.ReminderKey(action.Id, at), CorrectiveActionNames.ReminderTimerKind,
                at, ReminderPayload(action.Id), connection, transaction, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task<CorrectiveActionChange> StartAsync(string id, string actorAadObjectId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.InProgress, null, null, cancellationToken);

    /// <summary>Closes as done; <paramref name="note"/> (what was done) is required.</summary>
    public Task<CorrectiveActionChange> CompleteAsync(string id, string actorAadObjectId, string? note, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.Done, note, null, cancellationToken);

    /// <summary>Closes as cancelled; <paramref name="reason"/> is required.</summary>
    public Task<CorrectiveActionChange> CancelAsync(string id, string actorAadObjectId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, actorAadObjectId, CorrectiveActionStatus.Cancelled, reason, null, cancellationToken);

    /// <summary>
    /// Applies a status change if the actor may make it. <paramref name="expectedVersion"/> (the version the user saw
    /// on a card) makes a stale card a <see cref="CorrectiveActionOutcome.Conflict"/> instead of a silent overwrite.
    /// </summary>
    public async Task<CorrectiveActionChange> ChangeStatusAsync(
        string id, string actorAadObjectId, CorrectiveActionStatus status, string? note, int? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        var action = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (action is null) return new(CorrectiveActionOutcome.NotFound, null);
        if (!CorrectiveActionRules.MayChange(organization.Current, actorAadObjectId, action)) return new(CorrectiveActionOutcome.NotAuthorized, action);
        if (expectedVersion is { } seen && seen != action.Version) return new(CorrectiveActionOutcome.Conflict, action);
        switch (CorrectiveActionRules.CheckTransition(action, status, note))
        {
            case CorrectiveActionRefusal.NoteRequired: return new(CorrectiveActionOutcome.NoteRequired, action);
            case CorrectiveActionRefusal.InvalidTransition: return new(CorrectiveActionOutcome.InvalidTransition, action);
            case CorrectiveActionRefusal.NotAuthorized: return new(CorrectiveActionOutcome.NotAuthorized, action);
        }

        var changed = await store.UpdateStatusAsync(id, action.Version, status, note, actorAadObjectId, cancellationToken).ConfigureAwait(false);
        return changed is null
            ? new(CorrectiveActionOutcome.Conflict, await store.GetAsync(id, cancellationToken).ConfigureAwait(false))
            : new(CorrectiveActionOutcome.Changed, changed);
    }

    internal static string ReminderPayload(string actionId) => JsonSerializer.Serialize(new ReminderTimerPayload(actionId));
}

internal sealed record ReminderTimerPayload(string ActionId);
