using System.Text.Json;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;
using ChatBot.Host.Proactive;
using ChatBot.Host.Resources;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>
/// <c>corrective-action.reminder</c>: messages the owner (before the due date, or overdue) and schedules the next
/// reminder; a closed action ends the series. Safe to run twice: the message's dedupe key is the timer key and the
/// next timer is created only if absent.
/// </summary>
internal sealed class CorrectiveActionReminderHandler(
    CorrectiveActionStore store,
    ProactiveMessenger messenger,
    IDurableTimers timers,
    IOptions<CorrectiveActionOptions> options,
    TimeProvider timeProvider,
    ILogger<CorrectiveActionReminderHandler> logger) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<ReminderTimerPayload>(timer.PayloadJson)
            ?? throw new InvalidOperationException($"Timer {timer.Key} has no payload.");
        var action = await store.GetAsync(payload.ActionId, cancellationToken).ConfigureAwait(false);
        if (action is null || action.IsClosed) return;

        var owner = await messenger.RecipientAsync(action.OwnerAadObjectId, cancellationToken).ConfigureAwait(false);
        var text = ReminderText(action, JapanTime.Today(timeProvider), owner.Locale);
        var activity = MessageBuilder.Text(text).WithLocale(owner.Locale).Build();
        if (!await messenger.SendAsync(owner, activity, timer.Key, null, cancellationToken).ConfigureAwait(false))
        {
            Log.CorrectiveActionOwnerUnreachable(logger, action.Id, action.OwnerAadObjectId);
        }

        var next = CorrectiveActionReminders.NextReminderAt(action.DueDate, timer.DueAt, options.Value.Policy);
        await timers.ScheduleIfAbsentAsync(CorrectiveActionNames.ReminderKey(action.Id, next), CorrectiveActionNames.ReminderTimerKind,
            next, timer.PayloadJson, cancellationToken).ConfigureAwait(false);
    }

    internal static string ReminderText(CorrectiveAction action, DateOnly today, string? locale)
    {
        var due = action.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return action.IsOverdue(today)
            ? BotTexts.Format("CorrectiveAction_ReminderOverdue", locale, action.Id, action.Title, due, action.DaysOverdue(today))
            : BotTexts.Format("CorrectiveAction_ReminderDue", locale, action.Id, action.Title, due, action.DueDate.DayNumber - today.DayNumber);
    }
}
