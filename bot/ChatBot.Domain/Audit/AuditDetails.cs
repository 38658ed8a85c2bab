using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.Audit;

/// <summary>Turns an event's details into the JSON that is hashed and stored, with no My Number in it.</summary>
public static class AuditDetails
{
    // Japanese stays readable in the stored JSON (it is hashed as stored, so the choice is fixed per row).
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// Serializes <paramref name="details"/> (an object, a <see cref="JsonNode"/>, or null for <c>{}</c>) and runs
    /// <see cref="MyNumberGuard.Mask"/> over every string in it, property names included.
    /// </summary>
    public static string ToJson(object? details)
    {
        var node = details switch
        {
            null => new JsonObject(),
            JsonNode n => n.DeepClone(),
            string s => JsonNode.Parse(s),
            _ => JsonSerializer.SerializeToNode(details, details.GetType(), Options),
        };
        return Mask(node)?.ToJsonString(Options) ?? "null";
    }

    private static JsonNode? Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var masked = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    masked[MyNumberGuard.Mask(name).Text] = Mask(value?.DeepClone());
                }

                return masked;
            case JsonArray array:
                return new JsonArray(array.Select(item => Mask(item?.DeepClone())).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(MyNumberGuard.Mask(value.GetValue<string>()).Text);
            default:
                return node;
        }
    }
}
