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
}
