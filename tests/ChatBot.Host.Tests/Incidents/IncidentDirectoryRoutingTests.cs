using ChatBot.Host.Tests.Support;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// A reporter the organization file does not list goes, through Microsoft Graph's manager chain, to the first manager
/// the file knows; that manager's chain may then act on it, and nobody else. Without an answer from the directory, the
/// 個人情報保護管理者 handles it.
/// </summary>
public sealed class IncidentDirectoryRoutingTests
{
    private const string Stranger = "aad-stranger";
    private const string TeamLead = "aad-team-lead"; // in the directory, not in the file

    [Fact]
    public async Task A_reporter_outside_the_file_goes_to_their_graph_managers_chain_who_may_act()
    {
        var directory = new FakeUserDirectory { Managers = new() { [Stranger] = TeamLead, [TeamLead] = Manager } };
        await using var app = new IncidentApp(directory: directory);

        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Stranger)));

        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference) && b.Contains("incidents.acknowledge")), "HR's manager at level 1");
        Assert.DoesNotContain(app.Connector.SentTo(Officer), b => b.Contains(reference)); // the officer is the top level, not the first
        // The file does not know the reporter; the name Teams showed when they filed says who it was.
        Assert.Contains(app.Connector.SentTo(Manager), b => b.Contains(reference) && b.Contains($"{Stranger}（組織ファイルにない利用者）"));
        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        Assert.Equal(Manager, incident.RoutedViaAad);
        Assert.Equal("hr", incident.DepartmentId);

        // Escalation follows the same chain: HR's boss next.
        app.Advance(TimeSpan.FromMinutes(31));
        await EventuallyAsync(() => app.Connector.SentTo(Boss).Any(b => b.Contains(reference)), "level 2 is HR's boss");

        // Another department's manager may not act; the one who was notified may.
        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), OtherManager))["value"]!.ToString());
        Assert.Contains("対応中", IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager)));

        // The reporter keeps the reporter's rights.
        Assert.Contains("追加しました", IncidentForms.Card(await app.InvokeAsync("incidents.note", IncidentForms.Action(reference, 2, ("note", "追加情報")), Stranger)));
        var reported = (await app.Audit.ReadStreamAsync($"incident:{reference}"))[0];
        Assert.Contains(Manager, reported.DetailsJson);
        Assert.Equal(1, directory.ManagerLookups[Stranger]); // looked up once, at filing; later decisions use what was recorded
    }

    [Fact]
    public async Task When_the_directory_fails_the_report_still_goes_to_the_privacy_officer_who_may_act()
    {
        await using var app = new IncidentApp(directory: new FakeUserDirectory { Fails = true });

        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Stranger)));

        await EventuallyAsync(() => app.Connector.SentTo(Officer).Any(b => b.Contains(reference) && b.Contains("incidents.acknowledge")), "the officer");
        Assert.DoesNotContain(app.Connector.SentTo(Manager), b => b.Contains(reference));
        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager))["value"]!.ToString());
        Assert.Contains("対応中", IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Officer)));
    }

    [Fact]
    public async Task Once_the_file_lists_the_reporter_their_department_takes_over()
    {
        await using var app = new IncidentApp(directory: new FakeUserDirectory { Managers = new() { [Stranger] = Manager } });
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Stranger)));
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "HR's manager");

        app.RewriteOrganization(OrganizationYaml.Replace(
            "  - { aadObjectId: aad-admin",
            "  - { aadObjectId: aad-stranger, name: 新人, department: sales, roles: [handler] }\n  - { aadObjectId: aad-admin", StringComparison.Ordinal));

        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager))["value"]!.ToString());
        Assert.Contains("対応中", IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), OtherManager)));
    }
}
