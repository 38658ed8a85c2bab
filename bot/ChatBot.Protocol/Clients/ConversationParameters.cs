using System.Text.Json.Nodes;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Clients;

/// <summary>Body of <c>POST v3/conversations</c>. Teams can only create 1:1 chats and channel threads.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonObject? ChannelData { get; set; }

    /// <summary>
    /// A 1:1 chat with a user, by <c>29:…</c> id or Entra object id. <paramref name="botId"/> may be the bare
    /// app id (<c>28:</c> is added) or already prefixed; emulators use ids without the prefix, pass those as is.
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botId, string userIdOrAadObjectId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = BotIds.ToTeamsBotId(botId) },
        Members = [new ChannelAccount { Id = userIdOrAadObjectId }],
        TenantId = tenantId,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    /// <summary>A new thread in a channel (<c>19:…@thread.tacv2</c>) starting with <paramref name="activity"/>.</summary>
    public static ConversationParameters ForChannelThread(string channelId, string tenantId, Activity activity) => new()
    {
        IsGroup = true,
        TenantId = tenantId,
        Activity = activity,
        ChannelData = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        },
    };
}
