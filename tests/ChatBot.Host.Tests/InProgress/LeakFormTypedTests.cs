using ChatBot.Host.Features.InProgress.Resources;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.InProgress;

/// <summary>
/// The leak report form keeps nothing on the server until 「報告する」: typed cancel after it says so, and the form (or
/// the offer to report) is never followed by a reminder of a guide.
/// </summary>
public sealed class LeakFormTypedTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("キャンセル", "ja-JP", "ja-JP")]
    [InlineData("cancel", "en-US", "en-US")]
    public async Task TypedCancel_AfterTheReportForm_SaysNothingIsSavedOrReportedUntilSubmitted(string typed, string locale, string replyLocale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(locale == "en-US" ? "report a leak" : "漏えい報告", locale: locale));
        var before = _app.Connector.Calls.Count;

        await _app.SendAsync(_app.Activities.PersonalMessage(typed, locale: locale));

        var reply = Assert.Single(_app.Connector.Calls.Skip(before));
        Assert.Equal(OpenWorkTexts.Get("NothingToCancel", replyLocale), reply.Text);
    }

    [Theory]
    [InlineData("漏えい報告")]
    [InlineData("源泉徴収票を別の社員に送ってしまいました")]
    public async Task ReportFormOrOffer_WithAGuideOpen_IsNotFollowedByTheReminder(string text)
    {
        var driver = new LifecycleDriver(_app);
        var card = await driver.OpenGuideAsync();
        await driver.ClickAsync(card, LifecycleVerbs.Step, ("step", "dispose"));

        var replies = await driver.SayAsync(text);

        var reply = Assert.Single(replies);
        Assert.DoesNotContain(CardJson.Executes(reply), a => a["verb"]!.GetValue<string>() == LifecycleVerbs.Resume);
        Assert.Contains(CardJson.Executes(reply), a => a["verb"]!.GetValue<string>().StartsWith("incidents.", StringComparison.Ordinal));
    }
}
