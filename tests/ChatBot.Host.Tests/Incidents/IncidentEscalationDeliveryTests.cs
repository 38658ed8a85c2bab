using System.Net;
using System.Text.Json.Nodes;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// A level's time to acknowledge starts when its message was delivered (issue 19): the next level is never told
/// before the level below it, and a level that cannot be reached does not stop escalation but is named to the next.
/// </summary>
public sealed class IncidentEscalationDeliveryTests
{
    private static readonly TimeSpan Mandatory = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task Level_two_waits_until_level_one_was_delivered_and_had_its_time()
    {
        await using var app = new IncidentApp();
        var refusing = true;
        app.Connector.Refuse = (path, body) => refusing && (path.Contains($"created-{Manager}", StringComparison.Ordinal) || (path.EndsWith("/v3/conversations", StringComparison.Ordinal) && body.Contains(Manager, StringComparison.Ordinal)))
            ? HttpStatusCode.ServiceUnavailable : null;
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await EventuallyAsync(() => app.Connector.Refused > 0, "level 1 tried and refused");

        // Level 2's timer is due, but level 1 has not been told yet.
        app.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await Task.Delay(500);
        Assert.Empty(app.Connector.SentTo(Boss));

        // Level 1 is told now: its 30 minutes start here.
        refusing = false;
        app.Advance(TimeSpan.FromMinutes(1));
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1 delivered late");
        var told = app.Time.GetUtcNow();
        app.Advance(Mandatory - TimeSpan.FromMinutes(1));
        await Task.Delay(500);
        Assert.Empty(app.Connector.SentTo(Boss));

        app.Advance(TimeSpan.FromMinutes(2));
        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains(reference) && b.Contains("エスカレーション")), "level 2 after level 1's time");
        Assert.True(app.Time.GetUtcNow() >= told + Mandatory);
        var escalated = (await app.Audit.ReadStreamAsync($"incident:{reference}")).Where(e => e.Action == "incident.escalated").ToList();
        Assert.Equal(2, escalated.Count);
        Assert.Empty(JsonNode.Parse(escalated[1].DetailsJson)!["unreached"]!.AsArray());
    }

    [Fact]
    public async Task An_unreachable_level_one_is_recorded_and_named_to_level_two()
    {
        await using var app = new IncidentApp();
        app.Connector.Refuse = (path, body) => path.Contains($"created-{Manager}", StringComparison.Ordinal) || (path.EndsWith("/v3/conversations", StringComparison.Ordinal) && body.Contains(Manager, StringComparison.Ordinal))
            ? HttpStatusCode.Forbidden : null;
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await EventuallyAsync(() => app.Connector.Refused > 0, "level 1 refused for good");

        app.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains(reference) && b.Contains("届けられなかった") && b.Contains("人事 責任者")),
            "level 2 told that level 1 was not reached");
        var escalated = (await app.Audit.ReadStreamAsync($"incident:{reference}")).Last(e => e.Action == "incident.escalated");
        Assert.Equal([Manager], JsonNode.Parse(escalated.DetailsJson)!["unreached"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
