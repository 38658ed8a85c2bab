using System.Text.Json.Nodes;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>Adaptive Card 1.5 inputs used by the incident cards.</summary>
internal static class IncidentCardInputs
{
    public static JsonObject Text(string id, string label, string? value, bool multiline = false, int? maxLength = null, string? placeholder = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline };
        if (value is not null) input["value"] = value;
        if (maxLength is { } m) input["maxLength"] = m;
        if (placeholder is not null) input["placeholder"] = placeholder;
        return input;
    }

    public static JsonObject Date(string id, string label, string? value)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = value;
        return input;
    }

    public static JsonObject Time(string id, string label, string? value)
    {
        var input = new JsonObject { ["type"] = "Input.Time", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = value;
        return input;
    }

    public static JsonObject Number(string id, string label, string? value)
    {
        var input = new JsonObject { ["type"] = "Input.Number", ["id"] = id, ["label"] = label, ["min"] = 0 };
        // A value the user typed that is not a number is kept as a placeholder: Input.Number only takes numbers.
        if (value is not null && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)) input["value"] = n;
        else if (value is not null) input["placeholder"] = value;
        return input;
    }

    public static JsonObject Choice(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (value is not null) input["value"] = value;
        return input;
    }

    public static JsonObject Error(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["color"] = "Attention", ["wrap"] = true, ["size"] = "Small", ["spacing"] = "None",
    };

    public static JsonObject Attention(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["color"] = "Attention", ["wrap"] = true, ["weight"] = "Bolder",
    };
}
