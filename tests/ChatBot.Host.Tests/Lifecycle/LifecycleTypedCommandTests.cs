using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Features.InProgress.Resources;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Typing instead of pressing, over /api/messages: 「中止」「次へ」「戻る」「わからない」 (and English) in the middle of a guide
/// act on it as its buttons do, with the owner and version checks; the reply follows the language the word is in.
/// </summary>
public sealed class LifecycleTypedCommandTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private LifecycleDialogStore Store => _app.Services.GetRequiredService<LifecycleDialogStore>();

    private static async Task<JsonObject> FirstProcessStepAsync(LifecycleDriver driver)
    {
        var card = await driver.OpenGuideAsync(driver.Locale == "en-US" ? "lifecycle guide" : "取扱いガイド");
        card = await driver.ClickAsync(card, LifecycleVerbs.Step, ("step", "collect"));
        return await driver.ClickAsync(card, LifecycleVerbs.Pattern, ("pattern", "collect-electronic-file"));
    }

    private async Task<AssessmentDialog> OpenDialogAsync(LifecycleDriver driver) => (await Store.FindOpenAsync(driver.User, default))!;

    [Theory]
    [InlineData("キャンセル", "ja-JP")]
    [InlineData("やめる", "ja-JP")]
    [InlineData("中止", "en-US")]
    [InlineData("cancel", "en-US")]
    public async Task TypedCancel_WithAGuideOpen_CancelsItAsTheButtonDoes(string typed, string locale)
    {
        var driver = new LifecycleDriver(_app, locale: locale);
        var card = await driver.OpenGuideAsync(locale == "en-US" ? "lifecycle guide" : "取扱いガイド");
        await driver.ClickAsync(card, LifecycleVerbs.Step, ("step", "dispose"));

        var replies = await driver.SayAsync(typed);

        var reply = Assert.Single(replies);
        // The reply follows what the user wrote: 「中止」 is Japanese; "cancel" is one word, so the guide's language holds.
        var replyLocale = typed == "cancel" ? "en-US" : "ja-JP";
        Assert.Contains(LifecycleTexts.Get("Guide_Cancelled", replyLocale), CardJson.Text(reply));
        Assert.Null(await Store.FindOpenAsync(driver.User, default));
    }

    [Theory]
    [InlineData("次へ", "ja-JP", "ja-JP")]
    [InlineData("次へ", "en-US", "ja-JP")] // Japanese text from an en-US client: answered in Japanese
    [InlineData("next", "en-US", "en-US")]
    public async Task TypedNext_InAProcessStep_MovesOnAsTheButtonDoes_KeepingTheStoredAnswers(string typed, string clientLocale, string replyLocale)
    {
        var driver = new LifecycleDriver(_app, locale: clientLocale);
        var first = await FirstProcessStepAsync(driver);
        var answerId = CardJson.InputIds(first).First(i => i.StartsWith(LifecycleVerbs.AnswerPrefix, StringComparison.Ordinal));
        var second = await driver.ClickAsync(first, LifecycleVerbs.Next, inputs: new Dictionary<string, string> { [answerId] = "done" });
        await driver.ClickAsync(second, LifecycleVerbs.Back);
        var before = await OpenDialogAsync(driver);

        var reply = Assert.Single(await driver.SayAsync(typed));

        var after = await OpenDialogAsync(driver);
        Assert.Equal(before.Position + 1, after.Position);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Contains(LifecycleTexts.Format("Guide_Progress", replyLocale, 2, ""), CardJson.Text(reply));
        Assert.Contains(LifecycleTexts.Get("Guide_TypedMoved", replyLocale), CardJson.Text(reply));
        // No inputs came with the word: what the first step stored stays.
        var answers = await Store.GetAnswersAsync(after.Id, default);
        Assert.Equal(AssessmentAnswer.Done, answers[answerId[LifecycleVerbs.AnswerPrefix.Length..]].Answer);
    }

    [Theory]
    [InlineData("戻る", "ja-JP", "ja-JP")]
    [InlineData("戻る", "en-US", "ja-JP")]
    [InlineData("back", "en-US", "en-US")]
    public async Task TypedBack_InAProcessStep_GoesBackAsTheButtonDoes(string typed, string clientLocale, string replyLocale)
    {
        var driver = new LifecycleDriver(_app, locale: clientLocale);
        var first = await FirstProcessStepAsync(driver);
        await driver.ClickAsync(first, LifecycleVerbs.Next);

        var reply = Assert.Single(await driver.SayAsync(typed));

        Assert.Equal(0, (await OpenDialogAsync(driver)).Position);
        Assert.Contains(LifecycleTexts.Format("Guide_Progress", replyLocale, 1, ""), CardJson.Text(reply));
    }

    [Fact]
    public async Task TypedBack_FromThePatternPicker_ReturnsToTheStepPicker_AndAtTheStartSaysSo()
    {
        var driver = new LifecycleDriver(_app);
        var card = await driver.OpenGuideAsync();
        await driver.ClickAsync(card, LifecycleVerbs.Step, ("step", "dispose"));

        var steps = Assert.Single(await driver.SayAsync("戻る"));
        Assert.Equal(AssessmentStatus.ChoosingStep, (await OpenDialogAsync(driver)).Status);
        Assert.Contains(CardJson.Executes(steps), a => a["verb"]!.GetValue<string>() == LifecycleVerbs.Step);

        var start = Assert.Single(await driver.SayAsync("戻る"));
        Assert.Contains(LifecycleTexts.Get("Guide_TypedBackFirst", "ja-JP"), CardJson.Text(start));
        Assert.Equal(AssessmentStatus.ChoosingStep, (await OpenDialogAsync(driver)).Status);
    }

    [Fact]
    public async Task TypedNext_OnTheLastStep_DoesNotFinish_ItPointsToTheFinishButton()
    {
        var driver = new LifecycleDriver(_app);
        var card = await FirstProcessStepAsync(driver);
        while (CardJson.Executes(card).Any(a => a["title"]!.GetValue<string>() == LifecycleTexts.Get("Guide_Next", "ja-JP")))
            card = await driver.ClickAsync(card, LifecycleVerbs.Next);
        var before = await OpenDialogAsync(driver);

        var reply = Assert.Single(await driver.SayAsync("次へ"));

        var after = await OpenDialogAsync(driver);
        Assert.Equal(AssessmentStatus.Answering, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Contains(LifecycleTexts.Get("Guide_TypedNextLast", "ja-JP"), CardJson.Text(reply));
    }

    [Theory]
    [InlineData("わからない", "ja-JP", "ja-JP")]
    [InlineData("わからない", "en-US", "ja-JP")]
    [InlineData("not sure", "ja-JP", "en-US")] // two English words from a ja-JP client: answered in English
    public async Task TypedNotSure_InAProcessStep_ExplainsThatTheCardHasNoSuchAnswer_AndChangesNothing(string typed, string clientLocale, string replyLocale)
    {
        var driver = new LifecycleDriver(_app, locale: clientLocale);
        await FirstProcessStepAsync(driver);
        var before = await OpenDialogAsync(driver);

        var reply = Assert.Single(await driver.SayAsync(typed));

        Assert.Equal(before.Version, (await OpenDialogAsync(driver)).Version);
        Assert.Contains(LifecycleTexts.Get("Guide_TypedNotSure", replyLocale), CardJson.Text(reply));
        // The way on that the message names is right there: the step card with its skip button.
        Assert.Contains(CardJson.Executes(reply), a => a["verb"]!.GetValue<string>() == LifecycleVerbs.Skip);
    }

    [Theory]
    [InlineData("次へ", "Guide_TypedNextChoose")]
    [InlineData("わからない", "Guide_TypedNotSureChoose")]
    public async Task TypedWord_WhileChoosing_HasNoButtonToPress_SaysWhatToDo(string typed, string noticeKey)
    {
        var driver = new LifecycleDriver(_app);
        await driver.OpenGuideAsync();
        var before = await OpenDialogAsync(driver);

        var reply = Assert.Single(await driver.SayAsync(typed));

        Assert.Contains(LifecycleTexts.Get(noticeKey, "ja-JP"), CardJson.Text(reply));
        Assert.Equal(before.Version, (await OpenDialogAsync(driver)).Version);
    }

    [Fact]
    public async Task TypedNext_MakesTheShownCardStale_SoItsButtonIsHandledAsADoubledClick()
    {
        var driver = new LifecycleDriver(_app);
        var first = await FirstProcessStepAsync(driver);
        await driver.SayAsync("次へ");

        var late = await driver.ClickAsync(first, LifecycleVerbs.Next);

        Assert.Contains(LifecycleTexts.Get("Guide_Stale", "ja-JP"), CardJson.Text(late));
        Assert.Equal(1, (await OpenDialogAsync(driver)).Position);
    }

    [Fact]
    public async Task TypedNext_AfterTheCardWasClickedElsewhere_ActsOnTheStoredVersion()
    {
        var driver = new LifecycleDriver(_app);
        var first = await FirstProcessStepAsync(driver);
        await driver.ClickAsync(first, LifecycleVerbs.Next); // another device moved on: the card in this chat is old

        var reply = Assert.Single(await driver.SayAsync("次へ"));

        Assert.Equal(2, (await OpenDialogAsync(driver)).Position);
        Assert.Contains(LifecycleTexts.Format("Guide_Progress", "ja-JP", 3, ""), CardJson.Text(reply));
    }

    [Theory]
    [InlineData("キャンセル", "NothingToCancel")]
    [InlineData("次へ", "NothingOpen")]
    [InlineData("戻る", "NothingOpen")]
    [InlineData("わからない", "NothingOpen")]
    public async Task TypedWord_WithNothingOpen_SaysSoInsteadOfSearchingTheKnowledgeBase(string typed, string key)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(typed));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Equal(OpenWorkTexts.Get(key, "ja-JP"), reply.Text);
    }

    [Fact]
    public async Task TypedNext_WithNothingOpen_InEnglish_DoesNotReachTheKnowledgeBase()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("next", locale: "en-US"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Equal(OpenWorkTexts.Get("NothingOpen", "en-US"), reply.Text);
    }

    [Theory]
    [InlineData("キャンセル")]
    [InlineData("次へ")]
    [InlineData("戻る")]
    [InlineData("わからない")]
    [InlineData("next")]
    public async Task TypedWord_FromAnotherUser_DoesNotTouchSomeonesGuide(string typed)
    {
        var owner = new LifecycleDriver(_app);
        await FirstProcessStepAsync(owner);
        var before = await OpenDialogAsync(owner);

        await _app.SendAsync(_app.Activities.PersonalMessage(typed, LifecycleDriver.Megan));

        var after = await OpenDialogAsync(owner);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Position, after.Position);
        var reply = Assert.Single(_app.Connector.Calls, c => c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(LifecycleDriver.Megan)), StringComparison.Ordinal));
        Assert.Equal(OpenWorkTexts.Get(typed == "キャンセル" ? "NothingToCancel" : "NothingOpen", "ja-JP"), reply.Text);
    }
}
