using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Every card of the guide, as the bot really sends them, checked against Adaptive Cards 1.5 (version set, only 1.5
/// element and action types, under the size limit) and written to <c>tests/js/cards/</c>, where
/// <c>tests/js/cards.test.mjs</c> renders them with the adaptivecards JS renderer in headless Chromium.
/// </summary>
public sealed class LifecycleCardFixtureTests : IAsyncDisposable
{
    // Adaptive Cards schema 1.5: every element, input and action type a card may use (Table arrived in 1.5).
    private static readonly HashSet<string> Types =
    [
        "AdaptiveCard", "TextBlock", "Image", "Media", "MediaSource", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column",
        "FactSet", "ImageSet", "ActionSet", "Table", "TableRow", "TableCell",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
        "Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    ];

    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static string CardsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No ChatBot.sln above the test output."), "tests", "js", "cards");
        }
    }

    [Fact]
    public async Task EveryCard_Is15AndIsWrittenForTheRenderer()
    {
        var cards = new Dictionary<string, JsonObject>();
        var alex = new LifecycleDriver(_app);
        var picker = await alex.OpenGuideAsync();
        cards["lifecycle-01-step-picker"] = picker;
        var patterns = await alex.ClickAsync(picker, LifecycleVerbs.Step, ("step", "dispose"));
        cards["lifecycle-02-pattern-picker"] = patterns;
        var first = await alex.ClickAsync(patterns, LifecycleVerbs.Pattern, ("pattern", "dispose-electronic-file"), new Dictionary<string, string> { ["sme"] = "true" });
        cards["lifecycle-03-first-step"] = first;
        cards["lifecycle-04-resume"] = Assert.Single(await alex.SayAsync("取扱いガイド"));
        cards["lifecycle-05-cancelled"] = await alex.ClickAsync(first, LifecycleVerbs.Cancel);

        string[] mix = ["done", "partial", "not_done", "na", "not_done", "partial"];
        var (report, _, steps) = await new LifecycleDriver(_app, LifecycleDriver.Megan).WalkAsync("dispose", "dispose-electronic-file", (_, i) => mix[i % mix.Length]);
        cards["lifecycle-06-middle-step"] = steps[steps.Count / 2];
        cards["lifecycle-07-gap-report"] = report;
        var (english, _, _) = await new LifecycleDriver(_app, LifecycleDriver.Misaki, "en-US").WalkAsync("collect", "collect-in-person", (_, i) => mix[i % mix.Length]);
        cards["lifecycle-08-gap-report-en"] = english;
        cards["lifecycle-09-assessment-list"] = Assert.Single(await new LifecycleDriver(_app, LifecycleDriver.Yamamoto).SayAsync("評価一覧"));

        Directory.CreateDirectory(CardsFolder);
        foreach (var (name, card) in cards)
        {
            Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            foreach (var type in ElementTypes(card)) Assert.True(Types.Contains(type), $"{name}: '{type}' is not an Adaptive Cards 1.5 type");
            var json = card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.True(System.Text.Encoding.Unicode.GetByteCount(json) < 80_000, $"{name} is too large for Teams");
            await File.WriteAllTextAsync(Path.Combine(CardsFolder, name + ".json"), json + "\n");
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
