using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatBot.Domain.Inspections;

/// <summary>
/// The resolved checklist a campaign runs on. A campaign stores it whole (with <see cref="ComputeHash"/>), so
/// later edits to the template or the organization's overrides never change a running campaign.
/// </summary>
public sealed record InspectionTemplate(string Id, LocalizedText Title, IReadOnlyList<InspectionItem> Items)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>SHA-256 (hex, first 16 characters) of the serialized items: two campaigns on the same content share it.</summary>
    public string ComputeHash()
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { Id, Title, Items }, Json)));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    public InspectionItem? Find(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static InspectionTemplate FromJson(string json) =>
        JsonSerializer.Deserialize<InspectionTemplate>(json, Json) ?? throw new InvalidDataException("Empty inspection template snapshot.");
}
