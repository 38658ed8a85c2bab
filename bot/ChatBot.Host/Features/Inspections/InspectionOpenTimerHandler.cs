using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// <c>inspection.open</c>: opens the quarter's campaign (once: the campaign key is unique) and schedules the next
/// quarter's opening. Running twice (a lease expired mid-run) re-runs the idempotent fan-out only.
/// </summary>
internal sealed class InspectionOpenTimerHandler(InspectionCampaigns campaigns, IDurableTimers timers, ILogger<InspectionOpenTimerHandler> logger) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<OpenPayload>(timer.PayloadJson)
            ?? throw new InvalidOperationException($"Timer {timer.Key} has no payload.");
        var quarter = InspectionCalendar.ParseKey(payload.Campaign) ?? throw new InvalidOperationException($"Timer {timer.Key}: bad campaign key.");
        var (campaign, created, sent) = await campaigns.OpenAsync(quarter, InspectionNames.System, cancellationToken);
        Log.CampaignOpened(logger, campaign.Key, created, sent);
        await InspectionScheduler.ScheduleOpeningAsync(timers, campaigns.Calendar, quarter.Next(), cancellationToken);
    }
}
