using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>One row of the list: the incident and its current outcome.</summary>
public sealed record IncidentListItem(IncidentRecord Incident, IncidentOutcome Outcome);

/// <summary>Open incidents the manager may see, by next due date; overdue ones marked.</summary>
public static class IncidentListCard
{
    public static JsonObject Build(IReadOnlyList<IncidentListItem> items, DateOnly today, string? locale)
    {
        string T(string key) => IncidentTexts.Get(key, locale);
        var body = new List<JsonNode?> { CardElements.Heading(T("List_Title")) };
        if (items.Count == 0) body.Add(CardElements.Text(T("List_Empty")));
        var overdue = items.Count(x => x.Incident.NextDue is { } d && d < today);
        if (overdue > 0) body.Add(IncidentCardInputs.Attention(IncidentTexts.Format("List_Overdue", locale, overdue)));
        foreach (var (incident, outcome) in items.Select(x => (x.Incident, x.Outcome)))
        {
            var due = incident.NextDue is { } d
                ? (d < today ? T("Card_Overdue") + " " : "") + IncidentTexts.Format("Card_Due", locale, IncidentTexts.Date(d, locale))
                : T("List_NoDue");
            var summary = incident.Report.Description.Length > 60 ? incident.Report.Description[..59] + "…" : incident.Report.Description;
            body.Add(CardElements.Container(
            [
                CardElements.Text($"{incident.Reference} — {T("Status_" + incident.Status)} — {T("Outcome_" + outcome)}", bold: true),
                CardElements.Text($"{due} · {summary}", size: "Small"),
                CardElements.ActionSet([CardElements.Execute(T("List_Open"), "incidents.view", IncidentCard.Data(incident))]),
            ], separator: true));
        }
        return CardElements.Card(body);
    }
}
