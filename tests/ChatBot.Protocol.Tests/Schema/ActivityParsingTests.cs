using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;

namespace ChatBot.Protocol.Tests.Schema;

public class ActivityParsingTests
{
    [Fact]
    public void PersonalMessage_ParsesTypedFieldsAndHelpers()
    {
        var activity = TestPayloads.Activity("personal-message");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("What documents do I need?", activity.Text);
        Assert.Equal("6b1c0b1e-9f35-4a8d-8c4e-3f2a1b0c9d8e", activity.From?.AadObjectId);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 11, 15, 43, TimeSpan.FromHours(9)).AddTicks(1234567), activity.LocalTimestamp);
        Assert.True(activity.IsPersonal());
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTenantId());
        Assert.Equal("ja-JP", activity.GetLocale());
        Assert.Equal(new ClientInfo("ja-JP", "JP", "Windows", "Asia/Tokyo"), activity.Entities![0].AsClientInfo());
    }

    [Fact]
    public void PersonalMessage_GetConversationReference_TakesBotFromRecipientAndUserFromSender()
    {
        var reference = TestPayloads.Activity("personal-message").GetConversationReference();

        Assert.Equal(new ConversationReference(
            "https://smba.trafficmanager.net/jp/", "msteams", "a:1Xyz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz", "personal",
            "72f988bf-86f1-41af-91ab-2d7cd011db47", "28:0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", "Helpdesk Bot",
            "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "6b1c0b1e-9f35-4a8d-8c4e-3f2a1b0c9d8e", "Sato Hanako", "ja-JP"), reference);
    }

    [Fact]
    public void ChannelMessage_RemoveRecipientMention_StripsOnlyTheBotIgnoringIdCase()
    {
        var activity = TestPayloads.Activity("channel-message-mention");

        Assert.False(activity.IsPersonal());
        Assert.Equal("en-US", activity.GetLocale()); // no activity.locale: falls back to clientInfo
        Assert.Equal("hello <at>Suzuki Ichiro</at>", activity.RemoveRecipientMention());
        Assert.Equal(2, activity.GetMentions().Count());
        Assert.Equal("<at>Helpdesk Bot</at> hello <at>Suzuki Ichiro</at>", activity.Text); // inbound untouched
        Assert.Equal("19:0f0e0d0c0b0a@thread.tacv2", activity.ChannelData?["team"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public void RemoveRecipientMention_NoMentionEntities_ReturnsTrimmedText()
    {
        var activity = new Activity { Text = "  hi  ", Recipient = new ChannelAccount { Id = "28:x" } };

        Assert.Equal("hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void ConversationUpdate_BotInMembersAdded()
    {
        var activity = TestPayloads.Activity("conversation-update-bot-added");

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Contains(activity.MembersAdded!, m => m.Id == activity.Recipient?.Id);
    }

    [Theory]
    [InlineData("installation-update-add", "add", false)]
    [InlineData("installation-update-remove", "remove", true)]
    public void InstallationUpdate_ReadsActionAndTenantFallsBackToChannelData(string file, string action, bool personal)
    {
        var activity = TestPayloads.Activity(file);

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(action, activity.Action);
        Assert.Equal(personal, activity.IsPersonal());
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTenantId());
    }

    [Fact]
    public void MessageReaction_ReadsReactionsAndReplyToId()
    {
        var activity = TestPayloads.Activity("message-reaction");

        Assert.Equal("like", Assert.Single(activity.ReactionsAdded!).Type);
        Assert.Equal("1727748950000", activity.ReplyToId);
        Assert.Null(activity.ReactionsRemoved);
    }

    [Fact]
    public void UnknownFields_SurviveARoundTrip()
    {
        var original = JsonNode.Parse(TestPayloads.Json("unknown-fields"))!;

        var activity = JsonSerializer.Deserialize<Activity>(original.ToJsonString(), ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
        Assert.Equal("user", activity.From!.Properties!["userRole"].GetString());
        Assert.Equal("streaminfo", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public void Serialize_OmitsNullsAndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", ReplyToId = "1" }, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","replyToId":"1"}""", json);
    }
}
