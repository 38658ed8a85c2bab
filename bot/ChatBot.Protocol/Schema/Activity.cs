using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Schema;

/// <summary>
/// The Bot Framework activity: only the fields this bot reads or writes are typed;
/// everything else lands in <see cref="Properties"/> so a round trip loses nothing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? Summary { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<MessageReaction>? ReactionsAdded { get; set; }
    public List<MessageReaction>? ReactionsRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
