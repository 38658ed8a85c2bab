using System.Text.Json.Nodes;

namespace ChatBot.Host.Cards;

/// <summary>
/// Small helpers for Adaptive Card JSON. Cards target schema 1.5, Teams' ceiling on desktop and web;
/// the version is always set because mobile clients drop cards without one.
/// </summary>
public static class CardElements
{
    public const string SchemaVersion = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["body"] = new JsonArray([.. body.Where(n => n is not null)]),
        };
        if (actions is not null) card["actions"] = new JsonArray([.. actions.Where(n => n is not null)]);
        return card;
    }

    public static JsonObject Heading(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = text, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true, ["style"] = "heading" };

    public static JsonObject Text(string text, bool subtle = false, string? size = null, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle) block["isSubtle"] = true;
        if (size is not null) block["size"] = size;
        if (bold) block["weight"] = "Bolder";
        return block;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items.Where(n => n is not null)]) };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        return container;
    }

    /// <summary>A button that sends <paramref name="text"/> as if the user typed it (Teams imBack), so buttons and typing share one path.</summary>
    public static JsonObject ImBack(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };

    /// <summary>Buttons inside the body (next to the item they act on); nulls are left out.</summary>
    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions.Where(a => a is not null)]) };

    /// <summary>A yes/no input whose value arrives as the string <c>true</c> or <c>false</c>.</summary>
    public static JsonObject Toggle(string id, string title, bool value) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["value"] = value ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["wrap"] = true,
    };

    /// <summary>A button that opens a web page (a signed download link): no invoke, the browser fetches it.</summary>
    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with this verb and data plus the card's inputs.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data ?? new JsonObject() };
        if (style is not null) action["style"] = style;
        return action;
    }

    /// <summary>
    /// Universal Actions refresh: when the card is shown, Teams invokes <paramref name="verb"/> for the viewer and shows the
    /// card it answers. Without <paramref name="userIds"/> that is automatic in chats of up to 60 members (every personal
    /// chat); with them, only for those <c>29:</c> ids (at most 60).
    /// </summary>
    public static JsonObject Refresh(string verb, JsonObject data, IEnumerable<string>? userIds = null)
    {
        var refresh = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        if (userIds is not null) refresh["userIds"] = new JsonArray([.. userIds.Distinct().Take(60).Select(id => (JsonNode)id)]);
        return refresh;
    }
}
