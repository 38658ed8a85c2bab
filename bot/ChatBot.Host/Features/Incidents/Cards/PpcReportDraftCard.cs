using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.PpcDraft;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Files;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>
/// The PPC report draft (<see cref="PpcReportDraft"/>) as a card: the classification facts, the items, the full text to
/// copy into the PPC form, and a signed link to the same draft as a Word document for the viewing user.
/// </summary>
public static class PpcReportDraftCard
{
    public static JsonObject Build(IncidentRecord incident, PpcReportDraft draft, SignedLink? download, string? locale)
    {
        string T(string key) => IncidentTexts.Get(key, locale);
        var body = new List<JsonNode?>
        {
            CardElements.Heading(IncidentTexts.Format("Draft_Title", locale, draft.Reference)),
            CardElements.Text(T("Draft_Intro"), subtle: true),
            CardElements.FactSet(draft.Facts.Select(f => (f.Label, f.Value))),
        };
        foreach (var item in draft.Items)
        {
            body.Add(CardElements.Text(item.Title, bold: true));
            body.Add(CardElements.Text(item.Answer));
        }
        body.Add(CardElements.Container(
            [CardElements.Text(T("Draft_FullText"), bold: true), IncidentCardInputs.Text("draftText", T("Draft_FullText"), draft.FullText, multiline: true)],
            separator: true));
        var actions = new List<JsonNode?>();
        if (download is not null) actions.Add(CardElements.OpenUrl(IncidentTexts.Format("Draft_Download", locale, (int)download.Lifetime.TotalMinutes), download.Url));
        actions.Add(CardElements.Execute(T("Action_Back"), "incidents.view", IncidentCard.Data(incident)));
        return CardElements.Card(body, actions);
    }
}
