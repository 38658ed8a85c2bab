using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Organization;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// <c>inspection.remind</c>: reminds handlers whose sheet is open or returned and reviewers of submitted sheets, then
/// schedules the next round; the series stops once every sheet is approved. Also re-checks that approved sheets have
/// their corrective actions (idempotent), in case an instance died between the approval and their creation.
/// </summary>
internal sealed class InspectionReminderTimerHandler(
    InspectionStore store, InspectionNotifier notifier, InspectionWorkflow workflow, OrganizationDirectory organization,
    IDurableTimers timers, IOptions<InspectionOptions> options, ILogger<InspectionReminderTimerHandler> logger) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<ReminderPayload>(timer.PayloadJson)
            ?? throw new InvalidOperationException($"Timer {timer.Key} has no payload.");
        if (await store.GetCampaignAsync(payload.Campaign, cancellationToken) is not { } campaign) return;
        var sheets = await store.ListSheetsAsync(campaign.Key, cancellationToken);
        int handlers = 0, reviewers = 0;
        foreach (var sheet in sheets)
        {
            if (sheet.IsEditable)
            {
                await notifier.RemindAsync(campaign, sheet, sheet.HandlerAadObjectId, payload.Round, cancellationToken);
                handlers++;
            }
            else if (sheet.Status == InspectionSheetStatus.Submitted)
            {
                foreach (var reviewer in InspectionRules.Reviewers(organization.Current, sheet.HandlerAadObjectId))
                {
                    await notifier.RemindAsync(campaign, sheet, reviewer.AadObjectId, payload.Round, cancellationToken);
                    reviewers++;
                }
            }
            else if (sheet.DecidedBy is { } approver)
            {
                await workflow.CreateCorrectiveActionsAsync(campaign, sheet, approver, cancellationToken);
            }
        }

        Log.RemindersSent(logger, campaign.Key, payload.Round, handlers, reviewers);
        if (handlers + reviewers == 0) return; // everything approved: the series ends
        var next = payload with { Round = payload.Round + 1 };
        await timers.ScheduleIfAbsentAsync(InspectionNames.ReminderTimerKey(campaign.Key, next.Round), InspectionNames.ReminderTimerKind,
            timer.DueAt + options.Value.ReminderEvery, JsonSerializer.Serialize(next), cancellationToken);
    }
}
