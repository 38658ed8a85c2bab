using System.Text.Json.Nodes;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>
/// "Report it now" with one button that opens the report form. After a described leak the button carries the message
/// as the form's "what happened"; after a question or an answer about leak handling it opens an empty form (the
/// question is not a description of an event).
/// </summary>
public static class ReportOfferCard
{
    public const string Verb = "incidents.open";

    public static JsonObject ForDescription(string message, string? locale) =>
        Build(IncidentTexts.Get("Offer_Description", locale), new JsonObject { [IncidentForm.Description] = message }, locale);

    public static JsonObject ForQuestion(string? locale) => Build(IncidentTexts.Get("Offer_Question", locale), new JsonObject(), locale);

    private static JsonObject Build(string text, JsonObject data, string? locale) => CardElements.Card(
        [CardElements.Text(text)],
        [CardElements.Execute(IncidentTexts.Get("Offer_Button", locale), Verb, data, style: "positive")]);
}
