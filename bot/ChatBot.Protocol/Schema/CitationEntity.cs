using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Protocol.Schema;

/// <summary>Builds the single root <c>https://schema.org/Message</c> entity (AI label + citations) within Teams' limits.</summary>
public static class CitationEntity
{
    public const int MaxCitations = 20;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    public const int MaxKeywords = 3;
    public const int MaxKeywordLength = 28;

    /// <exception cref="ArgumentException">A position is not positive or appears twice.</exception>
    public static Entity Create(IEnumerable<Citation> citations, bool aiGenerated)
    {
        var list = citations.OrderBy(c => c.Position).ToList();
        if (list.Any(c => c.Position < 1) || list.Select(c => c.Position).Distinct().Count() != list.Count)
        {
            throw new ArgumentException("Citation positions must be unique and start at 1.", nameof(citations));
        }

        var entity = new JsonObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
        };
        if (aiGenerated)
        {
            entity["additionalType"] = new JsonArray("AIGeneratedContent");
        }

        if (list.Count > 0)
        {
            // More than 20 makes Teams reject the whole message; drop the tail rather than lose the answer.
            entity["citation"] = new JsonArray([.. list.Take(MaxCitations).Select(ToClaim)]);
        }

        var properties = entity.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value, ProtocolJson.Options));
        return new Entity { Type = EntityTypes.AiMessage, Properties = properties };
    }

    private static JsonNode ToClaim(Citation c)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Truncate(c.Name, MaxNameLength),
        };
        if (!string.IsNullOrWhiteSpace(c.Abstract))
        {
            appearance["abstract"] = Truncate(c.Abstract, MaxAbstractLength);
        }

        if (!string.IsNullOrEmpty(c.Url))
        {
            appearance["url"] = c.Url;
        }

        var keywords = c.Keywords?.Where(k => !string.IsNullOrWhiteSpace(k)).Take(MaxKeywords)
            .Select(k => (JsonNode?)Truncate(k.Trim(), MaxKeywordLength)).ToArray();
        if (keywords is { Length: > 0 })
        {
            appearance["keywords"] = new JsonArray(keywords);
        }

        return new JsonObject { ["@type"] = "Claim", ["position"] = c.Position, ["appearance"] = appearance };
    }

    // Cut on a text-element boundary so a surrogate pair or combining mark is never split; mark the cut with "…".
    internal static string Truncate(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var info = new System.Globalization.StringInfo(value);
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < info.LengthInTextElements; i++)
        {
            var element = info.SubstringByTextElements(i, 1);
            if (result.Length + element.Length > max - 1)
            {
                break;
            }

            result.Append(element);
        }

        return result.Append('…').ToString();
    }
}
