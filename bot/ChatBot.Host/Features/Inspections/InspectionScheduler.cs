using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Time;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// At start: resolves the checklist (a bad overrides file stops the start with its errors), loads the export-link
/// secret, and seeds the durable timers with <c>ScheduleIfAbsent</c>: the current quarter's opening (fires at once if
/// it has passed and no campaign exists yet, so a bot installed mid-quarter still inspects this quarter) and the next.
/// Several instances starting together create each timer once; the timer handler schedules the following quarter.
/// </summary>
public sealed class InspectionScheduler(
    InspectionTemplateProvider templates, InspectionExportLinks links, InspectionStore store, IDurableTimers timers,
    InspectionCampaigns campaigns, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = templates.Current;
        await links.InitializeAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var current = FiscalQuarter.Current(time);
        if (await store.GetCampaignAsync(InspectionCalendar.KeyOf(current), cancellationToken) is null)
            await ScheduleOpeningAsync(timers, campaigns.Calendar, current, cancellationToken);
        await ScheduleOpeningAsync(timers, campaigns.Calendar, current.Next(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static Task<bool> ScheduleOpeningAsync(IDurableTimers timers, InspectionCalendar calendar, FiscalQuarter quarter, CancellationToken ct)
    {
        var key = InspectionCalendar.KeyOf(quarter);
        return timers.ScheduleIfAbsentAsync(InspectionNames.OpenTimerKey(key), InspectionNames.OpenTimerKind, calendar.OpeningOf(quarter),
            JsonSerializer.Serialize(new OpenPayload(key)), ct);
    }
}
