using Dapper;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Every change lands in the shared hash chain; an edited row is found by the admin's check.</summary>
public sealed class IncidentAuditTests
{
    [Fact]
    public async Task An_edited_incident_event_is_detected_by_verify_audit()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        Assert.True((await app.Audit.VerifyAsync()).IsValid);

        await using (var connection = await app.OpenAsync())
            await connection.ExecuteAsync("UPDATE audit_events SET actor = 'someone-else' WHERE action = 'incident.acknowledged'");

        await app.MessageAsync("verify audit", Admin, "en-US");
        await EventuallyAsync(() => app.Connector.SentTo(Admin).Any(b => b.Contains("Audit trail BROKEN") && b.Contains("Edited")), "the break is reported");
    }

    [Fact]
    public async Task The_state_change_and_its_event_commit_together()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        // A refused change leaves neither a row change nor an event.
        await app.InvokeAsync("incidents.close", IncidentForms.Action(reference, 2), Outsider);
        var events = await app.Audit.ReadStreamAsync($"incident:{reference}");
        Assert.DoesNotContain(events, e => e.Action == "incident.closed");
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Actor)));
    }
}
