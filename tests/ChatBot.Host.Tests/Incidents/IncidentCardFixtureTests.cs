using System.Text.Json.Nodes;
using ChatBot.Host.Tests.Support;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>The incident cards as the bot sends them, checked and written for the renderer (<see cref="CardFixtures"/>).</summary>
public sealed class IncidentCardFixtureTests
{
    private static JsonObject Value(JsonObject invokeResponse) => invokeResponse["value"]!.AsObject();

    [Fact]
    public async Task EveryIncidentCard_Is15AndIsWrittenForTheRenderer()
    {
        await using var app = new IncidentApp();
        var cards = new Dictionary<string, JsonObject>
        {
            ["incident-01-form-with-errors"] = Value(await app.InvokeAsync("incidents.submit",
                IncidentForms.Valid(description: "").With("estimate", "たくさん").With("weAreContractor", "true"), Reporter)),
        };
        var filed = await app.InvokeAsync("incidents.submit", IncidentForms.Valid(estimate: 150, viewable: true).With("wrongful", "true"), Reporter);
        cards["incident-02-mandatory"] = Value(filed);
        var reference = IncidentForms.Reference(IncidentForms.Card(filed));
        cards["incident-03-manager-en"] = Value(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager, "en-US"));
        cards["incident-04-ppc-draft"] = Value(await app.InvokeAsync("incidents.draft", IncidentForms.Action(reference, 2), Manager));
        cards["incident-05-not-a-leak"] = Value(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(estimate: 1).With("recovered", "true"), Reporter));

        await app.MessageAsync("インシデント一覧", Manager);
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("インシデント一覧（対応中）")), "the list");
        var list = JsonNode.Parse(app.Connector.SentTo(Manager).Last(b => b.Contains("インシデント一覧（対応中）")))!;
        cards["incident-06-list"] = list["attachments"]![0]!["content"]!.AsObject();

        await app.MessageAsync("源泉徴収票を別の社員に送ってしまいました", Reporter);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("incidents.open")), "the report offer");
        cards["incident-07-report-offer"] = JsonNode.Parse(app.Connector.SentTo(Reporter).Last(b => b.Contains("incidents.open")))!["attachments"]![0]!["content"]!.AsObject();
        cards["incident-08-form-prefilled"] = Value(await app.InvokeAsync("incidents.open", new JsonObject { ["description"] = "源泉徴収票を別の社員に送ってしまいました" }, Reporter));

        await CardFixtures.CheckAndWriteAsync(cards);
    }
}
