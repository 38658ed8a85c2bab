using System.Text.Json.Nodes;
using ChatBot.Testing;

namespace ChatBot.Host.Tests.Support;

/// <summary>Realistic Teams payloads (shapes as captured from Teams and the Agents Playground).</summary>
public sealed class TeamsActivities(string serviceUrl, string botId)
{
    public const string TenantId = TestTokens.TenantId;

    /// <summary>Alex Wilber: handler, HR's responsible manager and admin in Samples/organization.yaml.</summary>
    public const string AlexWilber = "00000000-0000-0000-0000-0000000000020";

    public const string MeganBowen = "00000000-0000-0000-0000-0000000000021";
    public const string TeamChannel = "19:e2e-general@thread.tacv2";

    public string ServiceUrl => serviceUrl;

    public string BotId => botId;

    public static string PersonalConversationId(string aadObjectId) => $"a:personal-{aadObjectId}";

    public JsonObject PersonalMessage(string text, string aadObjectId = AlexWilber, string locale = "ja-JP") =>
        Base("message", aadObjectId, locale, Personal(aadObjectId)).With("text", text).With("textFormat", "plain");

    public JsonObject ChannelMention(string text, string aadObjectId = AlexWilber, string locale = "ja-JP")
    {
        var mention = "<at>Bot</at>";
        var activity = Base("message", aadObjectId, locale, new JsonObject
        {
            ["id"] = $"{TeamChannel};messageid=1700000000000",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
        });
        activity["text"] = $"{mention} {text}";
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = botId, ["name"] = "Bot" },
        });
        activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamChannel };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = TeamChannel };
        return activity;
    }

    public JsonObject BotAdded(string aadObjectId = AlexWilber, string locale = "ja-JP") =>
        Base("conversationUpdate", aadObjectId, locale, Personal(aadObjectId))
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = botId }));

    public JsonObject InstallationAdd(string aadObjectId = AlexWilber, string locale = "ja-JP") =>
        Base("installationUpdate", aadObjectId, locale, Personal(aadObjectId)).With("action", "add");

    public JsonObject CardAction(string verb, JsonObject? data = null, string aadObjectId = AlexWilber, string locale = "ja-JP") =>
        Base("invoke", aadObjectId, locale, Personal(aadObjectId))
            .With("name", "adaptiveCard/action")
            .With("replyToId", "card-activity-1")
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
                ["trigger"] = "manual",
            });

    private static JsonObject Personal(string aadObjectId) => new()
    {
        ["id"] = PersonalConversationId(aadObjectId),
        ["conversationType"] = "personal",
        ["tenantId"] = TenantId,
    };

    private JsonObject Base(string type, string aadObjectId, string locale, JsonObject conversation) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:user-{aadObjectId[^4..]}", ["name"] = "Alex Wilber", ["aadObjectId"] = aadObjectId },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "Bot" },
        ["locale"] = locale,
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["country"] = "JP", ["platform"] = "Web", ["timezone"] = "Asia/Tokyo" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}

internal static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject obj, string name, JsonNode? value)
    {
        obj[name] = value;
        return obj;
    }
}
