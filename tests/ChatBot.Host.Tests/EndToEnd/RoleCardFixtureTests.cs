using System.Text.Json.Nodes;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>
/// The cards issue 14 §4 added or changed, as the bot sends them to each role, checked and written for the renderer
/// (<see cref="CardFixtures"/>): the help card per role and language, the learning-mode guide, a manager's queue that
/// names who decides their own sheet. tests/js/cards.test.mjs checks nothing in them is clipped at 450 px.
/// </summary>
public sealed class RoleCardFixtureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RoleCards_Are15AndAreWrittenForTheRenderer()
    {
        // Alex's conversation in English first: a one-word command (help, inspection) keeps the language last written in.
        var helpAdminEn = await CardAsync("help", TeamsActivities.AlexWilber, "en-US");
        await _app.SendAsync(_app.Activities.PersonalMessage("start inspection", TeamsActivities.AlexWilber, "en-US"));
        var queueEn = await LastCardAsync("inspection", TeamsActivities.AlexWilber, "en-US", "awaiting your decision");
        var sheetEn = await LastCardAsync("inspection", TeamsActivities.AlexWilber, "en-US", "inspections.submit");
        var queueJa = await LastCardAsync("点検", TeamsActivities.AlexWilber, "ja-JP", "承認待ち");
        var cards = new Dictionary<string, JsonObject>
        {
            ["inspection-queue-own-sheet-en"] = queueEn,
            ["inspection-sheet-handler-en"] = sheetEn,
            ["inspection-queue-own-sheet-ja"] = queueJa,
            ["help-01-everyone-ja"] = await CardAsync("ヘルプ", LifecycleDriver.Lynne, "ja-JP"),
            ["help-02-handler-en"] = await CardAsync("help", LifecycleDriver.Megan, "en-US"),
            ["help-03-manager-ja"] = await CardAsync("ヘルプ", LifecycleDriver.Tanaka, "ja-JP"),
            ["help-04-officer-en"] = await CardAsync("help", LifecycleDriver.Yamamoto, "en-US"),
            ["help-05-admin-ja"] = await CardAsync("ヘルプ", TeamsActivities.AlexWilber, "ja-JP"),
            ["help-06-admin-en"] = helpAdminEn,
        };

        var lynne = new LifecycleDriver(_app, LifecycleDriver.Lynne);
        var first = await lynne.OpenGuideAsync();
        cards["learning-01-step-picker"] = first;
        cards["learning-06-cancelled"] = await lynne.ClickAsync(first, LifecycleVerbs.Cancel);
        var (report, _, steps) = await lynne.WalkAsync("dispose", "dispose-electronic-file", (_, i) => i % 2 == 0 ? "not_done" : "done");
        cards["learning-03-first-step"] = steps[0];
        cards["learning-04-report"] = report;
        var english = new LifecycleDriver(_app, LifecycleDriver.Lynne, "en-US");
        var picker = await english.OpenGuideAsync("lifecycle guide");
        cards["learning-05-step-picker-en"] = picker;
        cards["learning-02-resume-ja"] = Assert.Single(await lynne.SayAsync("取扱いガイド")); // the English walk is open

        Assert.Contains("\"Admins\"", helpAdminEn.ToJsonString(), StringComparison.Ordinal);
        foreach (var (name, card) in cards.Where(c => c.Key.StartsWith("learning", StringComparison.Ordinal)))
            Assert.Contains(LifecycleTexts.Get("Learning_Title", name.EndsWith("-en", StringComparison.Ordinal) ? "en-US" : "ja-JP"), CardJson.Text(card));
        await CardFixtures.CheckAndWriteAsync(cards);
    }

    private async Task<JsonObject> CardAsync(string text, string user, string locale) => await LastCardAsync(text, user, locale, "");

    private async Task<JsonObject> LastCardAsync(string text, string user, string locale, string marker)
    {
        var before = _app.Connector.Calls.Count;
        await _app.SendAsync(_app.Activities.PersonalMessage(text, user, locale));
        var chat = Uri.EscapeDataString(TeamsActivities.PersonalConversationId(user));
        return (JsonObject)ConversationFeatureTests.Card(_app.Connector.Calls.Skip(before)
            .Last(c => c.Path.Contains(chat, StringComparison.Ordinal) && c.Activity?.Type == "message" && c.Text is null && Json.CardText(c).Contains(marker, StringComparison.Ordinal)));
    }
}
