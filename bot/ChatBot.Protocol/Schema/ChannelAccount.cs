using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Schema;

/// <summary>A user or bot: <c>29:…</c> users, <c>28:{appId}</c> the bot in Teams.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>Entra object id; unlike <see cref="Id"/> it is the same for every bot.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
