using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Adaptive Card 1.5 pieces the guide's cards share (inputs, notices).</summary>
internal static class LifecycleCardParts
{
    public static JsonObject? Notice(string? text, string style = "warning") =>
        text is null ? null : Container([Text(text, bold: true)], style: style);

    public static JsonObject AnswerChoice(string countermeasureId, AssessmentAnswer value, string label, string placeholder, string? locale) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = LifecycleVerbs.AnswerPrefix + countermeasureId,
        ["style"] = "compact",
        ["label"] = label,
        ["placeholder"] = placeholder,
        ["value"] = value.Code(),
        ["choices"] = new JsonArray([.. AssessmentAnswers.Choices.Select(a => (JsonNode)new JsonObject
        {
            ["title"] = LifecycleTexts.Answer(a, locale),
            ["value"] = a.Code(),
        })]),
    };

    public static JsonObject NoteInput(string countermeasureId, string? value, string placeholder, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = LifecycleVerbs.NotePrefix + countermeasureId,
        ["placeholder"] = placeholder,
        ["maxLength"] = maxLength,
        ["value"] = value ?? "",
    };
}
