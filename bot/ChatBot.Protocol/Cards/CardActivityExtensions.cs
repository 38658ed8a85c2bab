using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Cards;

/// <summary>Reads card actions and feedback out of inbound activities. Malformed values read as null, never throw.</summary>
public static class CardActivityExtensions
{
    /// <summary>The <c>Action.Execute</c> of an <c>adaptiveCard/action</c> invoke, or null.</summary>
    public static AdaptiveCardAction? GetAdaptiveCardAction(this Activity activity)
    {
        if (!IsInvoke(activity, InvokeNames.AdaptiveCardAction) || AsObject(activity.Value) is not { } value
            || value["action"] is not JsonObject action)
        {
            return null;
        }

        var verb = ReadString(action, "verb");
        if (string.IsNullOrEmpty(verb))
        {
            return null;
        }

        // Detach a copy so handlers may edit the data without touching the inbound activity.
        var data = action["data"] is JsonObject d ? (JsonObject)d.DeepClone() : [];
        return new AdaptiveCardAction(verb, new CardData(data), ReadString(value, "trigger"), ReadString(action, "id"));
    }

    /// <summary>
    /// The <c>value</c> of a legacy <c>Action.Submit</c>: a <c>message</c> with no text and an object value
    /// (the card's data merged with its inputs). Null for any other activity.
    /// </summary>
    public static JsonObject? GetSubmitValue(this Activity activity) =>
        string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(activity.Text)
            ? AsObject(activity.Value)
            : null;

    /// <summary>The like/dislike of a <c>message/submitAction</c> feedback invoke, or null.</summary>
    public static FeedbackInvoke? GetFeedback(this Activity activity)
    {
        if (!IsInvoke(activity, InvokeNames.MessageSubmitAction) || AsObject(activity.Value) is not { } value
            || !string.Equals(ReadString(value, "actionName"), "feedback", StringComparison.OrdinalIgnoreCase)
            || value["actionValue"] is not JsonObject actionValue)
        {
            return null;
        }

        var reaction = ReadString(actionValue, "reaction");
        if (reaction is not (FeedbackInvoke.Like or FeedbackInvoke.Dislike))
        {
            return null;
        }

        return new FeedbackInvoke(reaction, ReadFeedbackText(actionValue["feedback"]), activity.ReplyToId);
    }

    // Teams sends "feedback" as a JSON string holding {"feedbackText": …}; accept an object too.
    private static string? ReadFeedbackText(JsonNode? feedback)
    {
        var obj = feedback as JsonObject;
        if (feedback is JsonValue v && v.TryGetValue<string>(out var raw) && !string.IsNullOrWhiteSpace(raw))
        {
            try
            {
                obj = JsonNode.Parse(raw) as JsonObject;
            }
            catch (JsonException)
            {
                return raw;
            }
        }

        var text = obj is null ? null : ReadString(obj, "feedbackText");
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static bool IsInvoke(Activity activity, string name) =>
        string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
        && string.Equals(activity.Name, name, StringComparison.OrdinalIgnoreCase);

    private static JsonObject? AsObject(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element ? JsonObject.Create(element.Clone()) : null;

    private static string? ReadString(JsonObject obj, string property) =>
        obj[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
