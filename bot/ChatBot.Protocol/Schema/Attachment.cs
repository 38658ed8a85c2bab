using System.Text.Json.Nodes;

namespace ChatBot.Protocol.Schema;

/// <summary>A card or file; cards carry their JSON in <see cref="Content"/>.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
}
