using Microsoft.Extensions.DependencyInjection;
using ChatBot.Domain.Incidents.Tracking;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Escalation on the shared durable timers under a fake clock: level 1 → 2 → 3, stopped by an acknowledgement,
/// and resumed by a new app on the same database.</summary>
public sealed class IncidentEscalationTests
{
    private static readonly TimeSpan Mandatory = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task Without_acknowledgement_it_goes_to_level_two_then_three_and_an_acknowledgement_stops_it()
    {
        await using var app = new IncidentApp();
        // Viewable on the internet → mandatory → 30 minutes per level.
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1: the department's manager");
        Assert.Empty(app.Connector.SentTo(Boss));

        app.Advance(Mandatory - TimeSpan.FromMinutes(1));
        await Task.Delay(300);
        Assert.Empty(app.Connector.SentTo(Boss));

        app.Advance(TimeSpan.FromMinutes(2));
        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains(reference) && b.Contains("エスカレーション")), "level 2: the chain");
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("レベル2へエスカレーション")), "level 1 hears it went up");
        Assert.Empty(app.Connector.SentTo(Officer));

        app.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await EventuallyAsync(() => app.Connector.SentTo(Officer).Any(b => b.Contains(reference)), "level 3: the privacy officer");

        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains("レベル3へエスカレーション")), "level 2 hears it went up");
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Officer);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("責任者が確認し")), "the reporter hears it");
        await Task.Delay(300);
        var sent = app.Connector.Calls.Count;
        app.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await Task.Delay(400);
        app.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await Task.Delay(400);
        Assert.Equal(sent, app.Connector.Calls.Count); // no further escalation or reminder

        var events = await app.Audit.ReadStreamAsync($"incident:{reference}");
        Assert.Equal([1, 2, 3], events.Where(e => e.Action == "incident.escalated").Select(e => System.Text.Json.Nodes.JsonNode.Parse(e.DetailsJson)!["level"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_new_app_on_the_same_database_resumes_the_escalation()
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-incidents-restart-").FullName;
        var database = Path.Combine(directory, "bot.db");
        string reference;
        await using (var first = new IncidentApp(database))
        {
            reference = IncidentForms.Reference(IncidentForms.Card(await first.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
            await EventuallyAsync(() => first.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1 before the restart");
        }

        await using var second = new IncidentApp(database, Start + Mandatory + TimeSpan.FromMinutes(1));
        await second.MessageAsync("ヘルプ", Outsider); // any activity: the bot learns its own id again
        // Level 2 may have run before that activity: its send then waits for a retry, which needs the clock to move.
        await EventuallyAsync(() =>
        {
            second.Advance(TimeSpan.FromSeconds(1));
            return second.Connector.SentTo(Boss).Any(b => b.Contains(reference));
        }, "level 2 after the restart");
        Assert.DoesNotContain(second.Connector.SentTo(Manager), b => b.Contains("新しい漏えい等の報告")); // level 1 is not repeated
        Assert.Equal(2, (await second.Service().GetAsync(reference, CancellationToken.None))!.EscalationLevel);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_level_handled_again_after_a_crash_does_not_push_the_next_level_later()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1");
        var timers = app.Services.GetRequiredService<ChatBot.Host.Timers.IDurableTimers>();
        var levelTwo = ChatBot.Host.Features.Incidents.IncidentTimers.EscalateKey(reference, 2);
        var due = (await timers.GetAsync(levelTwo))!.DueAt;

        // The instance stopped after level 1 committed but before the timer was recorded as done: it runs again later.
        app.Time.Advance(TimeSpan.FromMinutes(10));
        var levelOne = (await timers.GetAsync(ChatBot.Host.Features.Incidents.IncidentTimers.EscalateKey(reference, 1)))!;
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredKeyedService<ChatBot.Host.Timers.ITimerHandler>(ChatBot.Host.Features.Incidents.IncidentTimers.EscalateKind)
            .HandleAsync(levelOne, CancellationToken.None);

        Assert.Equal(due, (await timers.GetAsync(levelTwo))!.DueAt);
        Assert.Equal(1, (await app.Service().GetAsync(reference, CancellationToken.None))!.EscalationLevel);
    }

    [Fact]
    public async Task A_best_effort_report_waits_the_default_time()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1");
        app.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Empty(app.Connector.SentTo(Boss));
        app.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains(reference)), "level 2 after 4 hours");
        Assert.Equal(IncidentStatus.Reported, (await app.Service().GetAsync(reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task The_owner_is_reminded_the_day_before_the_preliminary_report_is_due()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        // Learned Mon 1 June 2026: the 速報 window ends on day 5, Fri 5 June; the reminder comes the day before at 09:00.
        Assert.Equal(new DateOnly(2026, 6, 5), incident.Steps.Single(s => s.StepId == "response-report-ppc-preliminary").DueDate);

        app.Advance(new DateTimeOffset(2026, 6, 4, 0, 1, 0, TimeSpan.Zero) - app.Time.GetUtcNow());
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("期限が近づいています") && b.Contains(reference)), "the reminder");
        Assert.Single(app.Connector.SentTo(Manager), b => b.Contains("期限が近づいています"));
    }
}
