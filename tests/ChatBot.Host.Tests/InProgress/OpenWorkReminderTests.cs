using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Lifecycle;
using ChatBot.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.InProgress;

/// <summary>
/// While a guide is open, a knowledge question is answered as usual and followed by one line with a resume button;
/// not when nothing is open, not under the guide itself, not for anyone else, not once the guide has lain untouched.
/// </summary>
public sealed class OpenWorkReminderTests : IAsyncDisposable
{
    private const string Question = "扶養控除等申告書はいつまで保管すればいいですか？";
    private const string EnglishQuestion = "How long must we keep the dependant deduction declaration?";

    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task<JsonObject> ThirdProcessStepAsync(LifecycleDriver driver)
    {
        var card = await driver.OpenGuideAsync(driver.Locale == "en-US" ? "lifecycle guide" : "取扱いガイド");
        card = await driver.ClickAsync(card, LifecycleVerbs.Step, ("step", "collect"));
        card = await driver.ClickAsync(card, LifecycleVerbs.Pattern, ("pattern", "collect-electronic-file"));
        card = await driver.ClickAsync(card, LifecycleVerbs.Next);
        return await driver.ClickAsync(card, LifecycleVerbs.Next);
    }

    private List<ConnectorCall> CallsTo(string user, int skip = 0) =>
        [.. _app.Connector.Calls.Skip(skip).Where(c => c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(user)), StringComparison.Ordinal))];

    private static JsonObject? CardOf(ConnectorCall call) => JsonNode.Parse(call.Body)!["attachments"]?[0]?["content"] as JsonObject;

    // One line and one button (the guide's own resume offer also has "start a new one").
    private static bool IsReminder(ConnectorCall call) =>
        CardOf(call) is { } card && CardJson.Executes(card).ToList() is [var only] && only["verb"]!.GetValue<string>() == LifecycleVerbs.Resume;

    [Fact]
    public async Task KnowledgeQuestion_WithAGuideOpen_IsAnswered_ThenOneReminderLineWithAResumeButton()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);
        var dialog = (await _app.Services.GetRequiredService<LifecycleDialogStore>().FindOpenAsync(driver.User, default))!;
        var count = AssessmentPlan.Create(_app.Services.GetRequiredService<Domain.Knowledge.KnowledgeBase>(), "collect", "collect-electronic-file")!.Count;
        var before = _app.Connector.Calls.Count;

        await _app.SendAsync(_app.Activities.PersonalMessage(Question));

        var replies = CallsTo(driver.User, before);
        Assert.Equal(2, replies.Count);
        Assert.Contains("7年", replies[0].Text, StringComparison.Ordinal); // answered as usual, first
        var reminder = CardOf(replies[1])!;
        Assert.Equal($"取得・収集のガイドの途中です（3/{count}）", CardJson.Text(reminder));
        var resume = Assert.Single(CardJson.Executes(reminder));
        Assert.Equal(LifecycleVerbs.Resume, resume["verb"]!.GetValue<string>());
        Assert.Equal(dialog.Id, resume["data"]![LifecycleVerbs.DialogIdKey]!.GetValue<string>());

        // The button shows the step the guide is at, for its owner.
        var step = await driver.InvokeAsync(LifecycleVerbs.Resume, (JsonObject)resume["data"]!.DeepClone());
        Assert.Contains(LifecycleTexts.Format("Guide_Progress", "ja-JP", 3, count), CardJson.Text(step));
    }

    [Fact]
    public async Task KnowledgeQuestion_InEnglish_GetsTheReminderInEnglish_EvenFromAJapaneseGuide()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);
        var before = _app.Connector.Calls.Count;

        await _app.SendAsync(_app.Activities.PersonalMessage(EnglishQuestion));

        var reminder = CallsTo(driver.User, before).Last();
        Assert.True(IsReminder(reminder));
        Assert.StartsWith("You are in the middle of the Collection guide (3/", CardJson.Text(CardOf(reminder)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeQuestion_WithNothingOpen_HasNoReminder()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(Question));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.False(IsReminder(reply));
    }

    [Fact]
    public async Task KnowledgeQuestion_FromAnotherUser_HasNoReminderOfSomeonesGuide()
    {
        await ThirdProcessStepAsync(new LifecycleDriver(_app));
        var before = _app.Connector.Calls.Count;

        await _app.SendAsync(_app.Activities.PersonalMessage(Question, LifecycleDriver.Megan));

        Assert.DoesNotContain(CallsTo(LifecycleDriver.Megan, before), IsReminder);
    }

    [Fact]
    public async Task KnowledgeQuestion_WhenTheGuideLayUntouchedLongerThanTheWindow_HasNoReminder()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);
        await AgeDialogsAsync(OpenWorkFeature.ReminderWindow + TimeSpan.FromMinutes(1));
        var before = _app.Connector.Calls.Count;

        await _app.SendAsync(_app.Activities.PersonalMessage(Question));

        var reply = Assert.Single(CallsTo(driver.User, before));
        Assert.Contains("7年", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuideReplies_AreNotFollowedByTheReminder()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);

        Assert.Single(await driver.SayAsync("取扱いガイド")); // the resume offer, nothing under it
        Assert.Single(await driver.SayAsync("わからない"));
        var before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage("廃棄", driver.User));
        Assert.DoesNotContain(CallsTo(driver.User, before), IsReminder);
    }

    [Fact]
    public async Task ResumeButton_ClickedByAnotherUser_ShowsNothingOfTheGuide()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);
        var before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage(Question));
        var resume = CardJson.Executes(CardOf(CallsTo(driver.User, before).Last())!).Single();

        var other = await new LifecycleDriver(_app, LifecycleDriver.Megan).InvokeAsync(LifecycleVerbs.Resume, (JsonObject)resume["data"]!.DeepClone());

        Assert.Contains(LifecycleTexts.Get("Guide_NotOwner", "ja-JP"), CardJson.Text(other));
        Assert.DoesNotContain(LifecycleTexts.Get("Guide_Countermeasures", "ja-JP"), CardJson.Text(other));
    }

    [Fact]
    public async Task ReminderCards_Are15AndAreWrittenForTheRenderer()
    {
        var driver = new LifecycleDriver(_app);
        await ThirdProcessStepAsync(driver);
        var before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage(Question));
        var japanese = CardOf(CallsTo(driver.User, before).Last())!;
        before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage(EnglishQuestion));
        var english = CardOf(CallsTo(driver.User, before).Last())!;

        await CardFixtures.CheckAndWriteAsync(new Dictionary<string, JsonObject>
        {
            ["open-work-01-guide-reminder"] = japanese,
            ["open-work-02-guide-reminder-en"] = english,
            ["open-work-03-typed-not-sure"] = Assert.Single(await driver.SayAsync("わからない")),
        });
    }

    // As if the guide was last touched this long ago (the window is read from the stored updated_at).
    private async Task AgeDialogsAsync(TimeSpan age)
    {
        await using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "UPDATE lifecycle_dialogs SET updated_at = $at";
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.Subtract(age).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync();
    }
}
