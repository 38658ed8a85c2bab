using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.CorrectiveActionList;

/// <summary>Owners list their corrective actions and close them from the card; the note is required and the clicker is checked.</summary>
public sealed class CorrectiveActionFeatureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<CorrectiveAction> CreateForMeganAsync()
    {
        _ = _app.Server;
        var service = _app.Services.GetRequiredService<CorrectiveActionService>();
        var (action, _) = await service.CreateAsync(new NewCorrectiveAction(CorrectiveActionOrigin.Inspection, "FY2026-Q3:megan:chk-disposal",
            "廃棄記録の様式を整備する", TeamsActivities.MeganBowen, "hr", new DateOnly(2026, 12, 25)), TeamsActivities.MeganBowen);
        return action;
    }

    private async Task<string> ClickCompleteAsync(CorrectiveAction action, string? note, string clicker)
    {
        var data = new JsonObject { ["id"] = action.Id, ["version"] = action.Version };
        if (note is not null) data[$"note-{action.Id}"] = note;
        var response = await _app.PostAsync(_app.Activities.CardAction("correctiveActions.complete", data, clicker));
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Relaxed);
    }

    [Fact]
    public async Task Command_ListsTheOwnersOpenActions()
    {
        var action = await CreateForMeganAsync();

        await _app.SendAsync(_app.Activities.PersonalMessage("是正措置", TeamsActivities.MeganBowen));

        var card = Assert.Single(_app.Connector.Calls).Activity!.Attachments![0].Content!.ToJsonString(Relaxed);
        Assert.Contains(action.Id, card, StringComparison.Ordinal);
        Assert.Contains("廃棄記録の様式を整備する", card, StringComparison.Ordinal);
        Assert.Contains("correctiveActions.complete", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_WithoutNote_IsRefused_WithNote_Closes()
    {
        var action = await CreateForMeganAsync();
        var store = _app.Services.GetRequiredService<CorrectiveActionStore>();

        Assert.Contains("実施した内容を記入", await ClickCompleteAsync(action, "  ", TeamsActivities.MeganBowen), StringComparison.Ordinal);
        Assert.Equal(CorrectiveActionStatus.Open, (await store.GetAsync(action.Id))!.Status);

        Assert.Contains("完了にしました", await ClickCompleteAsync(action, "様式を作成し、12月分から運用開始", TeamsActivities.MeganBowen), StringComparison.Ordinal);
        var closed = (await store.GetAsync(action.Id))!;
        Assert.Equal(CorrectiveActionStatus.Done, closed.Status);
        Assert.Equal("様式を作成し、12月分から運用開始", closed.ClosingNote);
    }

    [Fact]
    public async Task Complete_ByAnotherDepartmentsHandler_IsRefusedWhateverTheCardSays()
    {
        var action = await CreateForMeganAsync();

        var answer = await ClickCompleteAsync(action, "done", "00000000-0000-0000-0000-0000000000022"); // Adele, accounting handler

        Assert.Contains("権限がありません", answer, StringComparison.Ordinal);
        Assert.Equal(CorrectiveActionStatus.Open, (await _app.Services.GetRequiredService<CorrectiveActionStore>().GetAsync(action.Id))!.Status);
    }

    [Fact]
    public async Task Complete_StaleCard_GetsTheCurrentListAndChangesNothing()
    {
        var action = await CreateForMeganAsync();
        await ClickCompleteAsync(action, "first", TeamsActivities.MeganBowen);

        var answer = await ClickCompleteAsync(action, "second", TeamsActivities.MeganBowen);

        Assert.Contains("他の人が更新しました", answer, StringComparison.Ordinal);
        Assert.Equal("first", (await _app.Services.GetRequiredService<CorrectiveActionStore>().GetAsync(action.Id))!.ClosingNote);
    }
}
