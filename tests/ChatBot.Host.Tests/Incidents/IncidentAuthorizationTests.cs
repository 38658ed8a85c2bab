using ChatBot.Domain.Incidents.Tracking;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Decisions come from the sender's AAD id and the organization file, never from card data.</summary>
public sealed class IncidentAuthorizationTests
{
    [Fact]
    public async Task Forged_card_data_from_a_user_without_the_role_is_refused()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));

        // A handler of another department sends the manager's ids in the data.
        var forged = IncidentForms.Action(reference, 1, ("aadObjectId", Manager), ("actor", Manager), ("from", Manager));
        var answer = await app.InvokeAsync("incidents.acknowledge", forged.DeepClone().AsObject(), Outsider);
        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]!.ToString());
        Assert.Contains("権限がありません", answer["value"]!.ToString());
        Assert.DoesNotContain(reference, answer.ToJsonString()); // learns nothing about it

        // A manager of another department is no better off.
        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.close", forged.DeepClone().AsObject(), OtherManager))["value"]!.ToString());

        // The reporter may add information but not acknowledge: a polite refusal in the card.
        var reporterCard = IncidentForms.Card(await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Reporter));
        Assert.Contains("担当の責任者・その上位者・個人情報保護管理者だけ", reporterCard);
        Assert.Contains("追加しました", IncidentForms.Card(await app.InvokeAsync("incidents.note",
            IncidentForms.Action(reference, 1, ("note", "封筒は未開封で戻るかもしれません")), Reporter)));

        var incident = (await app.Service().GetAsync(reference, CancellationToken.None))!;
        Assert.Equal(IncidentStatus.Reported, incident.Status);
        Assert.Null(incident.OwnerAad);
        Assert.DoesNotContain(await app.Audit.ReadStreamAsync($"incident:{reference}"), e => e.Action == "incident.acknowledged");
    }

    [Fact]
    public async Task Refreshing_a_card_shows_it_to_participants_refuses_others_and_says_when_it_does_not_exist()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));

        Assert.Contains(reference, IncidentForms.Card(await app.InvokeAsync("incidents.view", IncidentForms.Action(reference, 1), Manager)));
        Assert.Contains(reference, IncidentForms.Card(await app.InvokeAsync("incidents.view", IncidentForms.Action(reference, 1), Reporter)));
        var outsider = IncidentForms.Card(await app.InvokeAsync("incidents.view", IncidentForms.Action(reference, 1), Outsider));
        Assert.Contains("権限がありません", outsider);
        Assert.DoesNotContain(reference, outsider);
        Assert.Contains("見つかりません", (await app.InvokeAsync("incidents.view", IncidentForms.Action("INC-2026-9999", 1), Manager))["value"]!.ToString());
    }

    [Fact]
    public async Task Once_owned_only_the_owner_the_chain_above_and_the_privacy_officer_may_act()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), Reporter)));
        await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), Manager);
        var step = (await app.Service().GetAsync(reference, CancellationToken.None))!.Steps[0].StepId;

        Assert.Contains("完了にしました", IncidentForms.Card(await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, 2, ("step", step)), Boss)).Replace("手順を完了にしました", "完了にしました"));
        var officerStep = (await app.Service().GetAsync(reference, CancellationToken.None))!.Steps[1].StepId;
        Assert.DoesNotContain("権限", IncidentForms.Card(await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, 3, ("step", officerStep)), Officer)));
        Assert.Contains("権限がありません", (await app.InvokeAsync("incidents.step", IncidentForms.Action(reference, 4, ("step", "x")), Outsider))["value"]!.ToString());
    }

    [Fact]
    public async Task Only_admins_verify_the_audit_trail()
    {
        await using var app = new IncidentApp();
        await app.MessageAsync("監査検証", Manager);
        await EventuallyAsync(() => app.Connector.SentTo(Manager).Any(b => b.Contains("管理者だけ")), "a refusal");
        await app.MessageAsync("verify audit", Admin, "en-US");
        await EventuallyAsync(() => app.Connector.SentTo(Admin).Any(b => b.Contains("Audit trail OK")), "the result");
    }
}
