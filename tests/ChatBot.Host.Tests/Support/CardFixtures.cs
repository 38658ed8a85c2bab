using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Host.Tests.Support;

/// <summary>
/// Cards as the bot really sends them, checked against Adaptive Cards 1.5 (version set, only 1.5 element and action
/// types, under Teams' size limit) and written to <c>tests/js/cards/</c>, where <c>tests/js/cards.test.mjs</c> renders
/// them with the adaptivecards JS renderer in headless Chromium.
/// </summary>
internal static class CardFixtures
{
    // Adaptive Cards schema 1.5: every element, input and action type a card may use (Table arrived in 1.5).
    private static readonly HashSet<string> Types =
    [
        "AdaptiveCard", "TextBlock", "Image", "Media", "MediaSource", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column",
        "FactSet", "ImageSet", "ActionSet", "Table", "TableRow", "TableCell",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
        "Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    ];

    // The renderer's default host config (and Teams) stop at five actions per card.
    private const int MaxActions = 5;

    public static string CardsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No ChatBot.sln above the test output."), "tests", "js", "cards");
        }
    }

    public static async Task CheckAndWriteAsync(IReadOnlyDictionary<string, JsonObject> cards)
    {
        Directory.CreateDirectory(CardsFolder);
        foreach (var (name, card) in cards)
        {
            Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            foreach (var type in ElementTypes(card)) Assert.True(Types.Contains(type), $"{name}: '{type}' is not an Adaptive Cards 1.5 type");
            foreach (var actions in ActionLists(card)) Assert.True(actions <= MaxActions, $"{name}: {actions} actions, hosts show at most {MaxActions}");
            var json = card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.True(System.Text.Encoding.Unicode.GetByteCount(json) < 80_000, $"{name} is too large for Teams");
            await File.WriteAllTextAsync(Path.Combine(CardsFolder, name + ".json"), json + "\n");
        }
    }

    // The action count of the card and of every card an Action.ShowCard opens.
    private static IEnumerable<int> ActionLists(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValue<string>() == "AdaptiveCard" && obj["actions"] is JsonArray actions) yield return actions.Count;
            foreach (var (key, child) in obj)
                if (key != "data")
                    foreach (var count in ActionLists(child)) yield return count;
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
                foreach (var count in ActionLists(item)) yield return count;
        }
    }

    // Types of elements and actions, not of action data (which carries the app's own objects).
    private static IEnumerable<string> ElementTypes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue t && t.TryGetValue(out string? type)) yield return type;
                foreach (var (key, child) in obj)
                    if (key != "data")
                        foreach (var nested in ElementTypes(child)) yield return nested;
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var nested in ElementTypes(item)) yield return nested;
                break;
        }
    }
}
