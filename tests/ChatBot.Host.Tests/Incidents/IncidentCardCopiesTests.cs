using System.Text.Json.Nodes;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>After a change, everyone's latest copy of the incident card shows the new state, updated in place (PUT).</summary>
public sealed class IncidentCardCopiesTests
{
    [Fact]
    public async Task Acknowledging_updates_the_other_managers_and_the_reporters_cards_in_place()
    {
        await using var app = new IncidentApp();
        // The reporter filed from the form card of message "form-1": that message becomes their receipt.
        var reference = IncidentForms.Reference(IncidentForms.Card(
            await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter, replyToId: "form-1")));
        await EventuallyAsync(() => app.Connector.SentIdTo(Manager, reference) is not null, "level 1");
        app.Advance(TimeSpan.FromMinutes(31));
        await EventuallyAsync(() => app.Connector.SentIdTo(Boss, reference) is not null, "level 2");
        var managerCard = app.Connector.SentIdTo(Manager, "incidents.acknowledge")!;
        var bossCard = app.Connector.SentIdTo(Boss, "incidents.acknowledge")!;

        var acknowledged = IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager, replyToId: managerCard));
        Assert.Contains("対応中", acknowledged);

        // The boss's escalation card and the reporter's receipt now show who owns it; the boss's has no acknowledge button.
        await EventuallyAsync(() => app.Connector.UpdatesTo(Boss).Any(u => u.Path.EndsWith("/activities/" + bossCard, StringComparison.Ordinal)), "the boss's card updated");
        var boss = app.Connector.UpdatesTo(Boss).Single(u => u.Path.EndsWith("/activities/" + bossCard, StringComparison.Ordinal));
        Assert.Contains("対応中", boss.Body);
        Assert.Contains("人事 責任者", boss.Body);
        Assert.DoesNotContain("incidents.acknowledge", boss.Body);
        await EventuallyAsync(() => app.Connector.UpdatesTo(Reporter).Any(u => u.Path.EndsWith("/activities/form-1", StringComparison.Ordinal)), "the receipt updated");
        Assert.Contains("対応中", app.Connector.UpdatesTo(Reporter).Single(u => u.Path.EndsWith("/activities/form-1", StringComparison.Ordinal)).Body);
        // The reporter still gets a notification; the actor's own card was updated by the invoke response, not a PUT.
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("責任者が確認し")), "the reporter is notified");
        Assert.Empty(app.Connector.UpdatesTo(Manager));
    }

    [Fact]
    public async Task A_step_done_by_the_owner_updates_the_copy_the_reporter_has_and_each_change_updates_once()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(
            await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter, replyToId: "form-1")));
        await EventuallyAsync(() => app.Connector.SentIdTo(Manager, reference) is not null, "level 1");
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("責任者が確認し")), "the reporter is notified");
        // The status card is now the reporter's latest copy: the next change goes there, not to the old receipt.
        var statusCard = app.Connector.SentIdTo(Reporter, "責任者が確認し")!;
        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        var step = incident.Steps.First(s => s.Required);
        var updatesBefore = app.Connector.UpdatesTo(Reporter).Count;

        await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, incident.Version, ("step", step.StepId)), Manager);

        await EventuallyAsync(() => app.Connector.UpdatesTo(Reporter).Any(u => u.Path.EndsWith("/activities/" + statusCard, StringComparison.Ordinal)), "the status card updated");
        await Task.Delay(300);
        Assert.Equal(updatesBefore + 1, app.Connector.UpdatesTo(Reporter).Count);
    }

    [Fact]
    public async Task Someone_who_lost_access_has_the_details_removed_from_their_copy()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(
            await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await EventuallyAsync(() => app.Connector.SentIdTo(Manager, reference) is not null, "level 1");
        app.Advance(TimeSpan.FromMinutes(31));
        await EventuallyAsync(() => app.Connector.SentIdTo(Boss, reference) is not null, "level 2");
        var bossCard = app.Connector.SentIdTo(Boss, "incidents.acknowledge")!;

        // The boss leaves HR's chain before the manager acknowledges.
        app.RewriteOrganization(OrganizationYaml.Replace("escalation: [aad-boss]", "escalation: []", StringComparison.Ordinal));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);

        await EventuallyAsync(() => app.Connector.UpdatesTo(Boss).Any(u => u.Path.EndsWith("/activities/" + bossCard, StringComparison.Ordinal)), "the boss's card replaced");
        var update = app.Connector.UpdatesTo(Boss).Single();
        Assert.Contains("権限がなくなった", update.Body);
        Assert.DoesNotContain("源泉徴収票", update.Body);
    }

    [Fact]
    public async Task Every_copy_refreshes_itself_when_shown_so_an_older_one_shows_the_current_state()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(
            await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter, replyToId: "form-1")));
        await EventuallyAsync(() => app.Connector.SentIdTo(Manager, reference) is not null, "level 1");
        var sent = JsonNode.Parse(app.Connector.SentTo(Manager).First(b => b.Contains(reference)))!["attachments"]![0]!["content"]!;
        var refresh = sent["refresh"]!.AsObject();
        Assert.Equal("incidents.view", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(reference, refresh["action"]!["data"]!["ref"]!.GetValue<string>());
        Assert.False(refresh.ContainsKey("userIds")); // personal chats: automatic for whoever views it

        // Acknowledged, then the status card becomes the reporter's latest copy; the receipt (form-1) is an older one.
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("責任者が確認し")), "the reporter is notified");
        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, incident.Version, ("step", incident.Steps.First(s => s.Required).StepId)), Manager);

        // Teams shows the old receipt: its refresh (carrying the version it was built at) answers with the current state.
        var shown = IncidentForms.Card(await app.InvokeAsync("incidents.view", IncidentForms.Action(reference, 1), Reporter, replyToId: "form-1", trigger: "automatic"));
        Assert.Contains("対応中", shown);
        Assert.Contains($"\"v\":{incident.Version + 1}", shown);
        Assert.DoesNotContain("incidents.acknowledge", shown);

        // Someone outside the incident gets a card without any of it.
        var outsider = IncidentForms.Card(await app.InvokeAsync("incidents.view", IncidentForms.Action(reference, 1), "aad-outsider", trigger: "automatic"));
        Assert.Contains("権限がありません", outsider);
        Assert.DoesNotContain(reference, outsider);
        Assert.DoesNotContain("refresh", outsider);
    }
}
