using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Time;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// At start: resolves the checklist (a bad overrides file stops the start with its errors) and seeds the durable timer of the next opening with <c>ScheduleIfAbsent</c> (the current quarter's if its
/// opening is still ahead, else the next quarter's). Several instances starting together create it once; the timer
/// handler schedules the following quarter. A missed opening (bot installed mid-quarter) is not caught up
/// automatically: an admin opens it with 点検開始.
/// </summary>
public sealed class InspectionScheduler(
    InspectionTemplateProvider templates, IDurableTimers timers,
    InspectionCampaigns campaigns, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = templates.Current;
        await SeedAsync(cancellationToken);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var calendar = campaigns.Calendar;
        await ScheduleOpeningAsync(timers, calendar, calendar.NextToOpen(time.GetUtcNow()), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static Task<bool> ScheduleOpeningAsync(IDurableTimers timers, InspectionCalendar calendar, FiscalQuarter quarter, CancellationToken ct)
    {
        var key = InspectionCalendar.KeyOf(quarter);
        return timers.ScheduleIfAbsentAsync(InspectionNames.OpenTimerKey(key), InspectionNames.OpenTimerKind, calendar.OpeningOf(quarter),
            JsonSerializer.Serialize(new OpenPayload(key)), ct);
    }
}
