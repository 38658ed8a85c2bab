using System.Text.Json.Nodes;

namespace ChatBot.Protocol.Cards;

/// <summary>Invoke responses for <c>adaptiveCard/action</c> and the feedback invoke, in the shapes Teams accepts.</summary>
public static class AdaptiveCardResponses
{
    /// <summary>Replace the card for the user who clicked.</summary>
    public static InvokeResponse Card(JsonObject card) =>
        new(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = ContentTypes.AdaptiveCard,
            ["value"] = card.DeepClone(),
        });

    /// <summary>Show a short text to the user who clicked; the card stays as it was.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = ContentTypes.ActivityMessage,
            ["value"] = text,
        });

    /// <summary>
    /// An error shown on the card. Teams expects the HTTP status and <c>statusCode</c> to agree (400 or 500);
    /// <paramref name="message"/> is user-visible, so never pass exception text.
    /// </summary>
    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject
        {
            ["statusCode"] = status,
            ["type"] = ContentTypes.Error,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    /// <summary>The empty 200 that <c>message/submitAction</c> (feedback) requires; anything else is a 400 to Teams.</summary>
    public static InvokeResponse Empty() => new(200);
}
