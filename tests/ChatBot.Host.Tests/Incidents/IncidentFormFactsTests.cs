using ChatBot.Domain.Incidents;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// The facts that decide whether it is a leak at all, and whether we report, can be entered on the form and reach the
/// classification end to end: wrongful intent, lost inside, recovered unseen, copy kept, a contractor's notice, 要配慮.
/// </summary>
public sealed class IncidentFormFactsTests
{
    private static async Task<(string Card, IncidentClassification Classification)> FileAsync(IncidentApp app, System.Text.Json.Nodes.JsonObject data, string locale = "ja-JP")
    {
        var card = IncidentForms.Card(await app.InvokeAsync("incidents.submit", data, Reporter, locale));
        var incident = (await app.Service().GetAsync(IncidentForms.Reference(card), CancellationToken.None))!;
        return (card, app.Service().Classify(incident));
    }

    [Fact]
    public async Task Wrongful_use_by_an_employee_is_mandatory_with_60_days_even_for_a_few_people()
    {
        await using var app = new IncidentApp();
        var (card, c) = await FileAsync(app, IncidentForms.Valid(estimate: 3, kind: "UnauthorizedUse", cause: "Other").With("wrongful", "true"));

        Assert.Equal(IncidentOutcome.MandatoryReport, c.Outcome);
        Assert.Equal(60, c.FinalReportDays);
        Assert.Contains("報告義務あり", card);
        // Without the mark, the same facts are only best effort.
        var (_, plain) = await FileAsync(app, IncidentForms.Valid(estimate: 3, kind: "UnauthorizedUse", cause: "Other"));
        Assert.Equal(IncidentOutcome.BestEffortReport, plain.Outcome);
    }

    [Fact]
    public async Task A_misdirected_envelope_returned_unopened_is_not_a_leak()
    {
        await using var app = new IncidentApp();
        var (card, c) = await FileAsync(app, IncidentForms.Valid(estimate: 1).With("recovered", "true"));

        Assert.Equal(IncidentOutcome.NotAnIncident, c.Outcome);
        Assert.Contains("漏えい等に当たらない", card);
    }

    [Fact]
    public async Task Lost_inside_with_a_copy_kept_is_not_an_incident_but_lost_outside_is_a_leak()
    {
        await using var app = new IncidentApp();
        var (insideCard, inside) = await FileAsync(app, IncidentForms.Valid(cause: "Loss", kind: "Loss").With("lostInside", "true").With("copyKept", "true"));
        var (outsideCard, outside) = await FileAsync(app, IncidentForms.Valid(cause: "Loss", kind: "Loss").With("copyKept", "true"));

        Assert.Equal(IncidentOutcome.NotAnIncident, inside.Outcome);
        Assert.True(outside.IsReportable);
        Assert.Equal(IncidentKind.Leak, outside.EffectiveKind);
        Assert.Contains("\"value\":\"滅失（漏えいとして判断）\"", outsideCard); // the card says which kind counts
        Assert.Contains("\"value\":\"滅失\"", insideCard);
    }

    [Fact]
    public async Task A_contractor_that_told_its_client_promptly_is_released_and_one_that_did_not_is_not()
    {
        await using var app = new IncidentApp();
        var told = IncidentForms.Valid(estimate: 150).With("noticedDate", "2026-05-27").With("weAreContractor", "true").With("clientNotifiedDate", "2026-05-29");
        var (card, released) = await FileAsync(app, told);
        var (_, silent) = await FileAsync(app, IncidentForms.Valid(estimate: 150).With("weAreContractor", "true"));

        Assert.Equal(IncidentOutcome.ContractorReleased, released.Outcome);
        Assert.False(released.IndividualNotificationRequired);
        Assert.Contains("委託元への通知により報告義務なし", card);
        Assert.Equal(IncidentOutcome.MandatoryReport, silent.Outcome);
        Assert.True(silent.IndividualNotificationRequired);
    }

    [Fact]
    public async Task Sensitive_information_makes_the_reporter_and_manager_cards_say_the_general_act_report_is_mandatory()
    {
        // One misdirected form with disability status: best effort under the My Number Act, a duty under the general Act
        // (個人情報保護法施行規則第7条第1号) — the cards say so, not just "consider".
        await using var app = new IncidentApp();
        var (card, c) = await FileAsync(app, IncidentForms.Valid(estimate: 1).With("sensitive", "true"));

        Assert.Equal(IncidentOutcome.BestEffortReport, c.Outcome);
        Assert.Contains(c.Warnings, w => w.En.Contains("Personal Information Protection Act are also mandatory", StringComparison.Ordinal));
        Assert.Contains("個人情報保護法による報告・本人通知も義務（要配慮個人情報）", card);
        Assert.Contains("1人分でも対象です", card);

        var reference = IncidentForms.Reference(card);
        var managerCard = IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager, "en-US"));
        Assert.Contains("A report and notice under the Personal Information Protection Act are also mandatory (sensitive data)", managerCard);
        Assert.Contains("even for one person", managerCard);
    }

    [Fact]
    public async Task The_new_facts_are_kept_when_the_form_comes_back_and_when_it_is_edited()
    {
        await using var app = new IncidentApp();
        var wrongDate = IncidentForms.Valid(description: "").With("wrongful", "true").With("weAreContractor", "true").With("clientNotifiedDate", "2026-05-30");
        var card = IncidentForms.Card(await app.InvokeAsync("incidents.submit", wrongDate, Reporter));
        Assert.Contains("委託元へ報告した日は、気づいた日より前にできません。", card);
        Assert.Contains("\"id\":\"wrongful\",\"title\"", card);
        Assert.Contains("2026-05-30", card);

        var filed = IncidentForms.Card(await app.InvokeAsync("incidents.submit",
            IncidentForms.Valid().With("noticedDate", "2026-05-27").With("lostInside", "true").With("weAreContractor", "true").With("clientNotifiedDate", "2026-05-29"), Reporter));
        var reference = IncidentForms.Reference(filed);
        var edit = IncidentForms.Card(await app.InvokeAsync("incidents.edit", IncidentForms.Action(reference, 1), Reporter));
        Assert.Contains("2026-05-29", edit);
        Assert.Matches("\"id\":\"lostInside\"[^}]*\"value\":\"true\"", edit);
        var audit = (await app.Audit.ReadStreamAsync($"incident:{reference}"))[0];
        Assert.Contains("\"lostInside\":true", audit.DetailsJson);
    }
}
