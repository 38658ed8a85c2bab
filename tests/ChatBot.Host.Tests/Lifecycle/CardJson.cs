using System.Text.Json.Nodes;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>Reads Adaptive Card JSON the way a client does: every element, action and input, wherever nested.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var d in Descendants(child)) yield return d;
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var d in Descendants(item)) yield return d;
                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonObject card, string type) =>
        Descendants(card).Where(o => o["type"] is JsonValue v && v.TryGetValue(out string? t) && t == type);

    public static IEnumerable<JsonObject> Executes(JsonObject card) => OfType(card, "Action.Execute");

    public static IEnumerable<string> InputIds(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(o => o["id"]!.GetValue<string>());

    /// <summary>The inputs' current values, as the client sends them with an action.</summary>
    public static IEnumerable<(string Id, string Value)> InputValues(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(o => (o["id"]!.GetValue<string>(), o["value"]?.GetValue<string>() ?? ""));

    public static string Text(JsonObject card) => string.Join("\n", OfType(card, "TextBlock").Select(t => t["text"]!.GetValue<string>()));

    /// <summary>FactSet facts as title → value (later facts win on duplicate titles).</summary>
    public static Dictionary<string, string> Facts(JsonObject card) =>
        OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray())
            .GroupBy(f => f!["title"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.First()!["value"]!.GetValue<string>());

    public static string? OpenUrl(JsonObject card) => OfType(card, "Action.OpenUrl").FirstOrDefault()?["url"]?.GetValue<string>();
}
