using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.PpcDraft;

/// <summary>One item of the report: its numbered title (from rules.yaml) and the answer drafted from the record.</summary>
public sealed record PpcDraftItem(string Title, string Answer);

/// <summary>A fact about the classification shown above the items (outcome, 速報 window, 確報 due date, criteria).</summary>
public sealed record PpcDraftFact(string Label, string Value);

/// <summary>
/// A draft of the PPC report (the items of 規則第3条第1項, <c>report_items</c> in rules.yaml) in one language, filled from
/// the record. The card and the Word document both show it. Built only from the stored record, whose free texts went
/// through the My Number guard, so no My Number can appear.
/// </summary>
public sealed record PpcReportDraft(
    string Reference,
    IReadOnlyList<PpcDraftFact> Facts,
    IReadOnlyList<PpcDraftItem> Items,
    IReadOnlyList<string> Reasoning,
    IReadOnlyList<string> Warnings,
    bool Masked)
{
    /// <summary>Every item as plain text, to copy into the PPC form.</summary>
    public string FullText => string.Join("\n\n", Items.Select(i => $"{i.Title}\n{i.Answer}"));

    public static PpcReportDraft Build(IncidentRecord incident, IncidentClassification classification, IncidentKnowledge knowledge, string? locale)
    {
        var items = knowledge.Plan.ReportItems
            .Select((item, index) => new PpcDraftItem($"{index + 1}. {item.Title.For(locale)}", PpcDraftAnswers.For(item.Id, incident, classification, knowledge, locale)))
            .ToList();
        return new PpcReportDraft(incident.Reference, FactsOf(classification, knowledge, locale), items,
            [.. classification.Reasoning.Select(r => r.For(locale))], [.. classification.Warnings.Select(w => w.For(locale))], incident.Report.Masked);
    }

    private static List<PpcDraftFact> FactsOf(IncidentClassification c, IncidentKnowledge knowledge, string? l)
    {
        string T(string key) => IncidentTexts.Get(key, l);
        var facts = new List<PpcDraftFact> { new(T("Card_Classification"), T("Outcome_" + c.Outcome)) };
        if (c.MatchedCriteria.Count > 0)
            facts.Add(new(T("Card_Criteria"), string.Join(" / ", c.MatchedCriteria.Select(id =>
                knowledge.Rules.MandatoryCriteria.FirstOrDefault(x => x.Id == id) is { } cr ? $"{cr.Text.Title.For(l)}（{cr.Text.Reference.For(l)}）" : id))));
        if (c.PreliminaryReport is { } p)
            facts.Add(new(T("Card_Preliminary"), $"{IncidentTexts.Date(p.From, l)} – {IncidentTexts.Date(p.To, l)}"));
        if (c.FinalReportDue is { } due)
            facts.Add(new(T("Card_FinalDue"), IncidentTexts.Date(due, l) + (c.FinalReportDays is { } d ? IncidentTexts.Format("Card_Days", l, d) : "")));
        return facts;
    }
}
