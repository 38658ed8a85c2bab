using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>Install, welcome and help over HTTP to /api/messages, answered through the fake connector.</summary>
public sealed class ConversationFeatureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("こんにちは", "en-US", "SmallTalk_Greeting", "ja-JP")]
    [InlineData("よろしく！", "ja-JP", "SmallTalk_Greeting", "ja-JP")]
    [InlineData("こんにちは、よろしくお願いします", "en-US", "SmallTalk_Greeting", "ja-JP")]
    [InlineData("ありがとう〜", "ja-JP", "SmallTalk_Thanks", "ja-JP")]
    [InlineData("何ができるの？", "en-US", "SmallTalk_Capabilities", "ja-JP")]
    [InlineData("help me", "en-US", "SmallTalk_Capabilities", "en-US")]
    [InlineData("Thank you!", "ja-JP", "SmallTalk_Thanks", "en-US")]
    [InlineData("Hello 👋", "en-US", "SmallTalk_Greeting", "en-US")]
    public async Task Message_SmallTalk_GetsAFriendlyWordAndTheMenu_NeverNoAnswer(string text, string clientLocale, string key, string replyLocale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text, locale: clientLocale));

        Assert.Equal(2, _app.Connector.Calls.Count);
        Assert.Equal(BotTexts.Get(key, replyLocale), _app.Connector.Calls[0].Text);
        Assert.Contains(BotTexts.Get("Help_Title", replyLocale), JsonNode.Parse(_app.Connector.Calls[1].Body)!.ToJsonString(Json.Unescaped));
        Assert.DoesNotContain("ナレッジベース", _app.Connector.AllBodies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ありがとう。ところで扶養控除等申告書は何年保管しますか？")]
    [InlineData("hello, how long do we keep dependant forms?")]
    public async Task Message_SmallTalkFollowedByAQuestion_IsAnswered(string text)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Matches("7 ?(年|years)", reply.Text!);
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedJapanese_SendsJapaneseWelcomeCard()
    {
        await _app.SendAsync(_app.Activities.BotAdded(locale: "ja-JP"));

        var card = SingleCard(_app.Connector);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains(BotTexts.Get("Welcome_Title", "ja-JP"), card.ToJsonString(Json.Unescaped));
        Assert.Contains("マイナンバー", card.ToJsonString(Json.Unescaped));
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedEnglish_SendsEnglishWelcomeCard()
    {
        await _app.SendAsync(_app.Activities.BotAdded(locale: "en-US"));

        var card = SingleCard(_app.Connector);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("Welcome to the My Number handling assistant", card.ToJsonString(Json.Unescaped));
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_PostsToTheUsersConversationAsTheBot()
    {
        await _app.SendAsync(_app.Activities.BotAdded());

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal($"/_connector/v3/conversations/{Uri.EscapeDataString(TeamsActivities.PersonalConversationId(TeamsActivities.AlexWilber))}/activities", call.Path);
        Assert.Equal(_app.Activities.BotId, call.Activity!.From!.Id);
    }

    [Fact]
    public async Task ConversationUpdate_OtherMemberAdded_SendsNothing()
    {
        var activity = _app.Activities.BotAdded();
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });

        await _app.SendAsync(activity);

        Assert.Empty(_app.Connector.Calls);
    }

    [Theory]
    [InlineData("ヘルプ", "ja-JP")]
    [InlineData("help", "en-US")]
    [InlineData("  HELP ", "en-US")]
    [InlineData("？", "ja-JP")]
    public async Task Message_HelpKeyword_SendsHelpCard(string text, string locale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text, locale: locale));

        var card = SingleCard(_app.Connector);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains(BotTexts.Get("Help_Title", locale), card.ToJsonString(Json.Unescaped));
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("ヘルプ", "ja-JP")]
    public async Task HelpCard_ButtonsOnePerRow_SendCommandsInTheUsersLanguage(string text, string locale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text, locale: locale));

        var card = SingleCard(_app.Connector);
        Assert.Null(card["actions"]);
        var sets = card["body"]!.AsArray().OfType<JsonObject>().SelectMany(c => c["items"]?.AsArray().OfType<JsonObject>() ?? [])
            .Where(e => e["type"]?.GetValue<string>() == "ActionSet").ToList();
        Assert.NotEmpty(sets);
        Assert.All(sets, s => Assert.Single(s["actions"]!.AsArray()));
        var sent = sets.Select(s => s["actions"]![0]!["data"]!["msteams"]!["value"]!.GetValue<string>()).ToList();
        // A button's text is what the user "says": in Japanese for a Japanese user, never Japanese for an English one.
        var japanese = sent.Where(v => ChatBot.Domain.UserLanguage.FromText(v) == ChatBot.Domain.UserLanguage.Japanese).ToList();
        if (locale == "en-US") Assert.Empty(japanese);
        else Assert.Equal(sent, japanese);
    }

    [Fact]
    public async Task Message_ChannelMentionHelp_SendsHelpCardIntoTheThread()
    {
        await _app.SendAsync(_app.Activities.ChannelMention("help", locale: "en-US"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Contains(Uri.EscapeDataString(TeamsActivities.TeamChannel + ";messageid=1700000000000"), call.Path, StringComparison.Ordinal);
        Assert.Contains(BotTexts.Get("Help_Title", "en-US"), Card(call).ToJsonString(Json.Unescaped));
    }

    [Fact]
    public async Task InstallationUpdate_Add_StoresTheConversationReference()
    {
        await _app.SendAsync(_app.Activities.InstallationAdd(TeamsActivities.MeganBowen));

        var stored = await _app.Services.GetRequiredService<ConversationReferenceStore>()
            .FindPersonalByAadObjectIdAsync(TeamsActivities.MeganBowen);
        Assert.NotNull(stored);
        Assert.Equal(TeamsActivities.PersonalConversationId(TeamsActivities.MeganBowen), stored.ConversationId);
        Assert.Equal(BotApplication.LoopbackServiceUrl, stored.ServiceUrl);
    }

    [Fact]
    public async Task Message_FirstContact_StoresTheConversationReference()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("こんにちは"));

        var stored = await _app.Services.GetRequiredService<ConversationReferenceStore>()
            .FindPersonalByAadObjectIdAsync(TeamsActivities.AlexWilber);
        Assert.NotNull(stored);
        Assert.Equal("personal", stored.ConversationType);
        Assert.Equal(TeamsActivities.TenantId, stored.TenantId);
        Assert.Equal("ja-JP", stored.Locale);
    }

    internal static JsonNode SingleCard(FakeConnector connector) => Card(Assert.Single(connector.Calls));

    internal static JsonNode Card(ConnectorCall call)
    {
        var attachment = JsonNode.Parse(call.Body)!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!;
    }
}

internal static class Json
{
    public static readonly System.Text.Json.JsonSerializerOptions Unescaped = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The card a connector call carries, as unescaped JSON (Japanese readable, for Contains checks).</summary>
    public static string CardText(ConnectorCall call) => ConversationFeatureTests.Card(call).ToJsonString(Unescaped);
}
