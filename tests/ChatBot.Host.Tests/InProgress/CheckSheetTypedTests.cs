using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.InProgress.Resources;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Tests.Lifecycle;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Inspections.InspectionTestKit;

namespace ChatBot.Host.Tests.InProgress;

/// <summary>
/// A check sheet in progress (a saved draft) over /api/messages: a knowledge question gets the reminder with the
/// sheet's button; typed words change nothing and say what to do; 「続ける」 shows the sheet; nobody else is touched.
/// </summary>
public sealed class CheckSheetTypedTests : IAsyncDisposable
{
    private const string Question = "扶養控除等申告書はいつまで保管すればいいですか？";

    private readonly BotApplication _app = new();

    // The campaign opened by the admin, the sheet on the handler's screen.
    private async Task OpenCampaignAsync()
    {
        await HelloAsync(_app, Alex, Takahashi, Tanaka, Yamamoto);
        await _app.SendAsync(_app.Activities.PersonalMessage("start inspection", Alex, "en-US"));
        await WaitForCardsAsync(_app, Takahashi, 1, "the campaign card reaches the handler");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task<InspectionSheet?> SheetAsync(string handler) =>
        _app.Services.GetRequiredService<InspectionStore>().GetSheetAsync(CurrentCampaign, handler, default);

    private async Task SaveDraftAsync()
    {
        await OpenCampaignAsync();
        await ActAsync(_app, InspectionNames.SaveVerb, Takahashi, Answers(_app, Takahashi, 1, null));
    }

    private async Task<List<ConnectorCall>> SayAsync(string text, string user = Takahashi, string locale = "ja-JP")
    {
        var before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage(text, user, locale));
        return [.. _app.Connector.Calls.Skip(before).Where(c => c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(user)), StringComparison.Ordinal))];
    }

    private static JsonObject? CardOf(ConnectorCall call) => JsonNode.Parse(call.Body)!["attachments"]?[0]?["content"] as JsonObject;

    private static JsonObject? OnlyAction(ConnectorCall call) => CardOf(call) is { } card && CardJson.Executes(card).ToList() is [var only] ? only : null;

    [Fact]
    public async Task KnowledgeQuestion_WithADraftSaved_IsFollowedByTheSheetReminder_WhoseButtonShowsTheSheet()
    {
        await SaveDraftAsync();

        var replies = await SayAsync(Question);

        Assert.Equal(2, replies.Count);
        Assert.Contains("7年", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(InspectionsTexts.Format("Typed_Reminder", "ja-JP", CurrentCampaign), CardJson.Text(CardOf(replies[1])!));
        var resume = OnlyAction(replies[1])!;
        Assert.Equal(InspectionNames.RefreshVerb, resume["verb"]!.GetValue<string>());

        var sheet = await ActAsync(_app, InspectionNames.RefreshVerb, Takahashi, (JsonObject)resume["data"]!.DeepClone());
        Assert.Contains(InspectionNames.SaveVerb, sheet, StringComparison.Ordinal);
        // The button names the sheet; the server decides from the clicker who may see it.
        var stranger = await ActAsync(_app, InspectionNames.RefreshVerb, Suzuki, (JsonObject)resume["data"]!.DeepClone());
        Assert.DoesNotContain(InspectionNames.SaveVerb, stranger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeQuestion_WithTheSheetUntouched_HasNoReminder()
    {
        await OpenCampaignAsync();

        var reply = Assert.Single(await SayAsync(Question));

        Assert.Null(OnlyAction(reply));
    }

    [Theory]
    [InlineData("キャンセル", "ja-JP", "Typed_Cancel", "ja-JP")]
    [InlineData("cancel", "en-US", "Typed_Cancel", "en-US")]
    [InlineData("次へ", "en-US", "Typed_NoSteps", "ja-JP")]
    [InlineData("back", "en-US", "Typed_NoSteps", "en-US")]
    [InlineData("わからない", "ja-JP", "Typed_NotSure", "ja-JP")]
    [InlineData("not sure", "ja-JP", "Typed_NotSure", "en-US")]
    public async Task TypedWord_WithADraftSaved_ChangesNothing_AndSaysWhatToDoWithTheSheetButton(string typed, string clientLocale, string key, string replyLocale)
    {
        await SaveDraftAsync();
        var before = await SheetAsync(Takahashi);

        var reply = Assert.Single(await SayAsync(typed, locale: clientLocale));

        Assert.Equal(InspectionsTexts.Get(key, replyLocale), CardJson.Text(CardOf(reply)!));
        Assert.Equal(InspectionNames.RefreshVerb, OnlyAction(reply)!["verb"]!.GetValue<string>());
        var after = await SheetAsync(Takahashi);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(InspectionSheetStatus.Open, after.Status);
    }

    [Fact]
    public async Task TypedResume_WithADraftSaved_ShowsTheSheet()
    {
        await SaveDraftAsync();

        var reply = Assert.Single(await SayAsync("続ける"));

        Assert.Contains(CardJson.Executes(CardOf(reply)!), a => a["verb"]!.GetValue<string>() == InspectionNames.SubmitVerb);
    }

    [Fact]
    public async Task TypedWord_WithAGuideOpenedAfterTheDraft_ActsOnTheMostRecentlyTouched()
    {
        await SaveDraftAsync();
        var guide = new LifecycleDriver(_app, Takahashi);
        await guide.OpenGuideAsync();

        var toGuide = Assert.Single(await guide.SayAsync("次へ"));
        Assert.Contains(Features.Lifecycle.LifecycleTexts.Get("Guide_TypedNextChoose", "ja-JP"), CardJson.Text(toGuide));

        // A later save makes the sheet the most recent again.
        await ActAsync(_app, InspectionNames.SaveVerb, Takahashi, Answers(_app, Takahashi, 2, null));
        var toSheet = Assert.Single(await SayAsync("次へ"));
        Assert.Equal(InspectionsTexts.Get("Typed_NoSteps", "ja-JP"), CardJson.Text(CardOf(toSheet)!));
    }

    [Fact]
    public async Task TypedCancel_ByAnotherHandler_IsAboutTheirOwnSheetOnly()
    {
        // Suzuki is reachable before the campaign opens and has his own card, so the only reply left to his typed word is
        // the answer to it (otherwise his first message is what lets the outbox deliver his card, in the same window).
        await HelloAsync(_app, Suzuki);
        await SaveDraftAsync();
        await WaitForCardsAsync(_app, Suzuki, 1, "the campaign card reaches the other handler");

        var reply = Assert.Single(await SayAsync("キャンセル", Suzuki));

        Assert.Equal(OpenWorkTexts.Get("NothingToCancel", "ja-JP"), reply.Text);
    }
}
