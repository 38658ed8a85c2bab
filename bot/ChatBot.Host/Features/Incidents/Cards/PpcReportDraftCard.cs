using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>
/// A draft of the PPC report (the items of 規則第3条第1項, <c>report_items</c> in rules.yaml) filled from the record,
/// as a card with the full text to copy into the PPC form. Items the record cannot answer say so. The texts are the
/// stored (masked) ones, so no My Number can appear.
/// </summary>
public static class PpcReportDraftCard
{
    public static JsonObject Build(IncidentRecord incident, IncidentClassification classification, IncidentKnowledge knowledge, string? locale)
    {
        string T(string key) => IncidentTexts.Get(key, locale);
        var body = new List<JsonNode?>
        {
            CardElements.Heading(IncidentTexts.Format("Draft_Title", locale, incident.Reference)),
            CardElements.Text(T("Draft_Intro"), subtle: true),
        };
        var text = new StringBuilder();
        var number = 0;
        foreach (var item in knowledge.Plan.ReportItems)
        {
            number++;
            var title = $"{number}. {item.Title.For(locale)}";
            var answer = Answer(item.Id, incident, classification, knowledge, locale);
            body.Add(CardElements.Text(title, bold: true));
            body.Add(CardElements.Text(answer));
            text.AppendLine(title).AppendLine(answer).AppendLine();
        }
        body.Add(CardElements.Container(
            [CardElements.Text(T("Draft_FullText"), bold: true), IncidentCardInputs.Text("draftText", T("Draft_FullText"), text.ToString().TrimEnd(), multiline: true)],
            separator: true));
        return CardElements.Card(body, [CardElements.Execute(T("Action_Back"), "incidents.view", IncidentCard.Data(incident))]);
    }

    private static string Answer(string id, IncidentRecord i, IncidentClassification c, IncidentKnowledge k, string? l)
    {
        string T(string key) => IncidentTexts.Get(key, l);
        var r = i.Report;
        string StepState(string suffix) =>
            i.Steps.FirstOrDefault(s => s.StepId.EndsWith(suffix, StringComparison.Ordinal)) is { } s
                ? (s.Done ? IncidentTexts.Format("Draft_StepDone", l, IncidentTexts.DateTime(s.DoneAt!.Value, l)) : T("Draft_StepOpen"))
                : T("Draft_StepNotApplicable");
        var notes = string.Join(" / ", i.Notes.Select(n => n.Text));
        // Matched by the id's ending so the ids stay data (report-item-overview, report-item-persons, ...).
        return id switch
        {
            _ when id.EndsWith("overview", StringComparison.Ordinal) => IncidentTexts.Format("Draft_Overview", l,
                IncidentTexts.DateTime(r.NoticedAt, l), k.Rules.KindNames[c.EffectiveKind].For(l), r.Description),
            _ when id.EndsWith("data-items", StringComparison.Ordinal) => IncidentTexts.Format("Draft_DataItems", l, r.SystemName ?? "-"),
            _ when id.EndsWith("persons", StringComparison.Ordinal) => IncidentTexts.Format("Draft_Persons", l,
                r.EstimatedPersons?.ToString() ?? "-", r.MaxPersons?.ToString() ?? "-"),
            _ when id.EndsWith("cause", StringComparison.Ordinal) => k.Rules.CauseNames[r.Cause].For(l),
            _ when id.EndsWith("secondary-damage", StringComparison.Ordinal) => T("Draft_ToFill"),
            _ when id.EndsWith("individual-response", StringComparison.Ordinal) => StepState("notify-individuals"),
            _ when id.EndsWith("publication", StringComparison.Ordinal) => StepState("publish"),
            _ when id.EndsWith("prevention", StringComparison.Ordinal) => StepState("prevent-recurrence") + (notes.Length > 0 ? " / " + notes : ""),
            _ when id.EndsWith("other", StringComparison.Ordinal) => IncidentTexts.Format("Draft_Other", l, i.Reference, T("Outcome_" + c.Outcome),
                c.FinalReportDue is { } d ? IncidentTexts.Date(d, l) : "-"),
            _ => T("Draft_ToFill"),
        };
    }
}
