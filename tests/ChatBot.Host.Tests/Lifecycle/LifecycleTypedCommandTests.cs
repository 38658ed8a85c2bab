using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>Typing instead of pressing: 「キャンセル」 in the middle of a guide acts on it as the 中止 button does.</summary>
public sealed class LifecycleTypedCommandTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

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
        Assert.Null(await _app.Services.GetRequiredService<LifecycleDialogStore>().FindOpenAsync(driver.User, default));
    }

    [Fact]
    public async Task TypedCancel_WithNothingOpen_SaysSoInsteadOfSearchingTheKnowledgeBase()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("キャンセル"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Equal(LifecycleTexts.Get("Guide_NothingToCancel", "ja-JP"), reply.Text);
    }

    [Fact]
    public async Task TypedCancel_DoesNotTouchAnotherUsersGuide()
    {
        var owner = new LifecycleDriver(_app);
        await owner.OpenGuideAsync();

        await _app.SendAsync(_app.Activities.PersonalMessage("キャンセル", LifecycleDriver.Megan));

        Assert.NotNull(await _app.Services.GetRequiredService<LifecycleDialogStore>().FindOpenAsync(owner.User, default));
    }
}
