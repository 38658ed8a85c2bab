using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Schema;

/// <summary>
/// An activity entity (<c>mention</c>, <c>clientInfo</c>, the schema.org AI message, …).
/// Only <see cref="Type"/> is typed: shapes vary by kind and unknown kinds must survive.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The mention this entity carries, or null if it is not a well-formed mention.</summary>
    public Mention? AsMention()
    {
        if (!string.Equals(Type, EntityTypes.Mention, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mentioned = Read<ChannelAccount>("mentioned");
        return mentioned is null ? null : new Mention(ReadString("text"), mentioned);
    }

    /// <summary>The client info this entity carries, or null if it is another kind.</summary>
    public ClientInfo? AsClientInfo() =>
        string.Equals(Type, EntityTypes.ClientInfo, StringComparison.OrdinalIgnoreCase)
            ? new ClientInfo(ReadString("locale"), ReadString("country"), ReadString("platform"), ReadString("timezone"))
            : null;

    private string? ReadString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private T? Read<T>(string name) where T : class
    {
        if (Properties is null || !Properties.TryGetValue(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
