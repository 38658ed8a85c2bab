using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents.Tracking;
using Dapper;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Issue 6 over the protocol: report, validation, routing through the outbox, acknowledge, steps, close.</summary>
public sealed class IncidentEndToEndTests
{
    [Fact]
    public async Task Report_is_filed_routed_acknowledged_worked_through_and_closed()
    {
        await using var app = new IncidentApp();
        await app.MessageAsync("漏えい報告", Reporter);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("incidents.submit")), "the form reaches the reporter");

        var card = IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter));
        var reference = IncidentForms.Reference(card);
        Assert.Equal("INC-2026-0001", reference);
        Assert.Contains("報告は努力義務", card);

        // Level 1 (the department's responsible manager) gets the card through the outbox.
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference) && b.Contains("incidents.acknowledge")), "the manager's card");

        var acknowledged = IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager));
        Assert.Contains("対応中", acknowledged);
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("責任者が確認し")), "the reporter sees the status change");

        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        var version = incident.Version;
        // Closing with mandatory steps open is refused, in the card.
        Assert.Contains("必須の手順がまだ残っている", IncidentForms.Card(await app.InvokeAsync("incidents.close", IncidentForms.Action(reference, version), Manager)));
        foreach (var step in incident.Steps.Where(s => s.Required))
        {
            var answer = IncidentForms.Card(await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, version, ("step", step.StepId)), Manager));
            Assert.DoesNotContain("古くなって", answer);
            version++;
        }
        var closed = IncidentForms.Card(await app.InvokeAsync("incidents.close", IncidentForms.Action(reference, version), Manager));
        Assert.Contains("完了にしました", closed);
        Assert.Equal(IncidentStatus.Closed, (await app.Service().GetAsync(reference, CancellationToken.None))!.Status);

        var events = await app.Audit.ReadStreamAsync($"incident:{reference}");
        Assert.Equal("incident.reported", events[0].Action);
        Assert.Contains(events, e => e.Action == "incident.escalated");
        Assert.Contains(events, e => e.Action == "incident.acknowledged" && e.Actor == Manager);
        Assert.Equal("incident.closed", events[^1].Action);
        Assert.True((await app.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task Validation_errors_come_back_in_the_card_with_what_was_typed()
    {
        await using var app = new IncidentApp();
        var data = IncidentForms.Valid(description: "").With("estimate", "たくさん").With("systemName", "人事台帳X");
        var card = IncidentForms.Card(await app.InvokeAsync("incidents.submit", data, Reporter));
        Assert.Contains("入力してください。", card);            // description required
        Assert.Contains("0以上の整数で入力してください", card); // estimate not a number
        Assert.Contains("人事台帳X", card);                    // kept
        Assert.Contains("たくさん", card);                     // kept (as the number input's placeholder)
        Assert.Contains("incidents.submit", card);
        Assert.Null(await app.Service().GetAsync("INC-2026-0001", CancellationToken.None));

        var english = IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(description: ""), Reporter, "en-US"));
        Assert.Contains("This is required.", english);
    }

    [Fact]
    public async Task A_my_number_in_the_report_is_stored_and_sent_only_masked()
    {
        await using var app = new IncidentApp();
        var card = IncidentForms.Card(await app.InvokeAsync("incidents.submit",
            IncidentForms.Valid(description: $"番号 {IncidentForms.MyNumber} を含む書類を誤送付"), Reporter));
        var reference = IncidentForms.Reference(card);
        Assert.Contains("伏せ字", card);
        Assert.DoesNotContain(IncidentForms.MyNumber, card);
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "the manager's card");

        Assert.DoesNotContain(IncidentForms.MyNumber, app.Connector.AllBodies);
        await using var connection = await app.OpenAsync();
        var stored = string.Join("\n", await connection.QueryAsync<string>("SELECT report_json FROM incidents"))
            + string.Join("\n", await connection.QueryAsync<string>("SELECT details FROM audit_events"))
            + string.Join("\n", await connection.QueryAsync<string>("SELECT payload FROM outbox"));
        Assert.DoesNotContain(IncidentForms.MyNumber, stored);
        Assert.Contains("************", stored);

        // A later correction without a number keeps the mark: every viewer is still told something was masked.
        await app.InvokeAsync("incidents.submit", IncidentForms.Valid(description: "書類を誤送付（訂正）").With("ref", reference).With("v", 1), Reporter);
        var corrected = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        Assert.Equal("書類を誤送付（訂正）", corrected.Report.Description);
        Assert.True(corrected.Report.Masked);
    }

    [Fact]
    public async Task A_reporters_display_name_holding_a_my_number_is_kept_only_masked()
    {
        await using var app = new IncidentApp();
        var activity = Activity("invoke", "aad-stranger", "ja-JP");
        activity["from"]!["name"] = $"佐藤 花子 {IncidentForms.MyNumber}";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "incidents.submit", ["data"] = IncidentForms.Valid() },
            ["trigger"] = "manual",
        };
        var response = await app.PostAsync(activity);
        var reference = IncidentForms.Reference(IncidentForms.Card((await response.Content.ReadFromJsonAsync<JsonObject>())!));

        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        Assert.Equal("佐藤 花子 ************", incident.ReporterName);
    }

    [Fact]
    public async Task In_a_channel_the_bot_answers_briefly_and_sends_the_form_to_the_personal_chat()
    {
        await using var app = new IncidentApp();
        await app.MessageAsync("漏えいかも", Reporter, channel: true);
        await EventuallyAsync(() => app.Connector.Activities("個人チャットに送りました").Count == 1, "the short note in the channel");
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("incidents.submit")), "the form in the personal chat");
        Assert.DoesNotContain(app.Connector.Calls, c => c.Path.Contains("19:general") && c.Body.Contains("incidents.submit"));
    }

    [Fact]
    public async Task A_leak_described_in_a_channel_is_offered_there_and_the_form_goes_to_the_personal_chat()
    {
        await using var app = new IncidentApp();
        const string described = "源泉徴収票を別の社員にメールで送ってしまいました";
        await app.MessageAsync(described, Reporter, channel: true);
        await EventuallyAsync(() => app.Connector.Calls.Any(c => c.Path.Contains("19:general") && c.Body.Contains("incidents.open")), "the offer in the channel");

        var click = IncidentApp.Activity("invoke", Reporter, "ja-JP", channel: true);
        click["name"] = "adaptiveCard/action";
        click["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "incidents.open", ["data"] = new JsonObject { ["description"] = described } },
            ["trigger"] = "manual",
        };
        var response = await (await app.PostAsync(click)).Content.ReadAsStringAsync();
        Assert.Contains("個人チャットに送りました", JsonNode.Parse(response)!["value"]!.GetValue<string>());
        await EventuallyAsync(() => app.Connector.SentTo(Reporter).Any(b => b.Contains("incidents.submit") && b.Contains(described)), "the prefilled form in the personal chat");
        Assert.DoesNotContain(app.Connector.Calls, c => c.Path.Contains("19:general") && c.Body.Contains("incidents.submit"));
    }

    [Fact]
    public async Task Corrected_facts_reclassify_recompute_deadlines_audit_and_tell_the_owner()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(estimate: 10), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        Assert.DoesNotContain((await app.Service().GetAsync(reference, CancellationToken.None))!.Steps, s => s.StepId.Contains("ppc"));

        // The reporter finds out it is up to 150 persons: more than 100 → mandatory.
        var updated = IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(estimate: 10, max: 150).With("ref", reference).With("v", 2), Reporter));
        Assert.Contains("報告義務あり", updated);
        Assert.Contains("本人の数が100人を超える", updated);
        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        // Day 1 = Mon 1 June 2026; day 30 = Tue 30 June.
        Assert.Equal(new DateOnly(2026, 6, 30), incident.Steps.Single(s => s.StepId == "response-report-ppc-final").DueDate);
        Assert.Equal(new DateOnly(2026, 6, 5), incident.Steps.Single(s => s.StepId == "response-report-ppc-preliminary").DueDate);

        var events = await app.Audit.ReadStreamAsync($"incident:{reference}");
        var change = JsonNode.Parse(events.Single(e => e.Action == "incident.facts-updated").DetailsJson)!;
        Assert.Equal("BestEffortReport", change["outcomeBefore"]!.ToString());
        Assert.Equal("MandatoryReport", change["outcomeAfter"]!.ToString());
        Assert.Equal(Reporter, events.Single(e => e.Action == "incident.facts-updated").Actor);
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("判定が変わりました")), "the owner is told");
    }

    [Fact]
    public async Task A_stale_card_gets_the_current_state_and_changes_nothing()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        var again = IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager));
        Assert.Contains("古くなっていました", again);
        Assert.Equal(2, (await app.Service().GetAsync(reference, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Managers_list_the_incidents_they_may_see_and_get_a_ppc_draft()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
        await app.MessageAsync("インシデント一覧", Manager);
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("インシデント一覧（対応中）") && b.Contains(reference)), "the list");
        await app.MessageAsync("incidents", OtherManager, "en-US");
        await EventuallyAsync(() => app.Connector.SentTo(OtherManager).Any(b => b.Contains("No open incidents.")), "another department's manager sees none");

        var draft = IncidentForms.Card(await app.InvokeAsync("incidents.draft", IncidentForms.Action(reference, 1), Officer));
        Assert.Contains("報告案", draft);
        Assert.Contains("再発防止のための措置", draft);
        Assert.Contains("給与システム", draft);
        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.draft", IncidentForms.Action(reference, 1), Outsider))["value"]!.ToString());
    }
}
