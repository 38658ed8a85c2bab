using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Schema;

/// <summary>The conversation: <c>personal</c>, <c>groupChat</c> or <c>channel</c> in Teams.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
