using System.Text.Json;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Support;
using ChatBot.Host.Timers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Inspections;

/// <summary>The durable-timer chain: seeded at start, each opening schedules the next quarter, a re-run opens nothing twice.</summary>
public sealed class InspectionSchedulerTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    [Fact]
    public async Task OpenTimer_ChainAcrossTheYearBoundary_NextQuarterScheduledAndRerunOpensNothingTwice()
    {
        await using var app = new BotApplication();
        _ = app.Server;
        var timers = app.Services.GetRequiredService<IDurableTimers>();
        var seeded = await timers.GetAsync(InspectionNames.OpenTimerKey(NextKey()));
        Assert.NotNull(seeded); // StartAsync seeded the next opening

        await RunOpenAsync(app, "FY2026-Q4");
        var january = await timers.GetAsync(InspectionNames.OpenTimerKey("FY2027-Q1"));
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 9, 0, 0, Jst), january!.DueAt);

        await RunOpenAsync(app, "FY2026-Q3");
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 9, 0, 0, Jst), (await timers.GetAsync(InspectionNames.OpenTimerKey("FY2026-Q4")))!.DueAt);

        await RunOpenAsync(app, "FY2026-Q4"); // a restart or an expired lease runs it again
        await using var connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var campaigns = (await connection.QueryAsync<string>("SELECT campaign_key FROM inspection_campaigns ORDER BY campaign_key")).ToList();
        Assert.Equal(["FY2026-Q3", "FY2026-Q4"], campaigns);
    }

    private static string NextKey() =>
        ChatBot.Domain.Inspections.InspectionCalendar.KeyOf(new ChatBot.Domain.Inspections.InspectionCalendar().NextToOpen(DateTimeOffset.UtcNow));

    private static async Task RunOpenAsync(BotApplication app, string campaign)
    {
        using var scope = app.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredKeyedService<ITimerHandler>(InspectionNames.OpenTimerKind);
        var key = InspectionNames.OpenTimerKey(campaign);
        await handler.HandleAsync(new DurableTimer(key, InspectionNames.OpenTimerKind, DateTimeOffset.UtcNow,
            JsonSerializer.Serialize(new { Campaign = campaign }), TimerStatus.Running, 1, "test", null, null), CancellationToken.None);
    }
}
