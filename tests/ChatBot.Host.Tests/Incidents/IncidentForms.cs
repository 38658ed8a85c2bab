using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Form inputs as Teams sends them (strings; toggles "true"/"false") and helpers to read invoke answers.</summary>
public static partial class IncidentForms
{
    /// <summary>A valid check digit: the guard masks it.</summary>
    public const string MyNumber = "123456789018";

    public static JsonObject Valid(string description = "源泉徴収票を別の従業員に誤送付した", int? estimate = 10, int? max = null, bool viewable = false,
        string kind = "Leak", string cause = "Misdirected") => new()
    {
        ["description"] = description,
        ["noticedDate"] = "2026-06-01",
        ["noticedTime"] = "09:30",
        ["kind"] = kind,
        ["cause"] = cause,
        ["estimate"] = estimate?.ToString(),
        ["max"] = max?.ToString(),
        ["encrypted"] = "false",
        ["encAlgorithm"] = "false",
        ["encImplemented"] = "false",
        ["encKeySeparate"] = "false",
        ["encKeyNotLeaked"] = "false",
        ["viewable"] = viewable ? "true" : "false",
        ["contractorInvolved"] = "false",
        ["weAreContractor"] = "false",
        ["systemType"] = "Ordinary",
        ["systemName"] = "給与システム",
    };

    public static JsonObject With(this JsonObject data, string key, JsonNode? value)
    {
        data[key] = value;
        return data;
    }

    /// <summary>The card of an invoke answer (or fails with what came back).</summary>
    public static string Card(JsonObject response)
    {
        Assert.True(response["type"]?.ToString() == "application/vnd.microsoft.card.adaptive", response.ToJsonString());
        return response["value"]!.ToJsonString(ReadableJson);
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON with Japanese unescaped, so tests can look for the words users see.</summary>
    public static string Readable(string json)
    {
        if (json.Length == 0) return json;
        try { return JsonNode.Parse(json)?.ToJsonString(ReadableJson) ?? json; }
        catch (System.Text.Json.JsonException) { return json; }
    }

    public static string Reference(string text) => ReferencePattern().Match(text) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("No reference in: " + text);

    [GeneratedRegex(@"INC-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();

    /// <summary>Data of an incident action: reference, version and extras.</summary>
    public static JsonObject Action(string reference, int version, params (string Key, string Value)[] extra)
    {
        var data = new JsonObject { ["ref"] = reference, ["v"] = version };
        foreach (var (k, v) in extra) data[k] = v;
        return data;
    }
}
