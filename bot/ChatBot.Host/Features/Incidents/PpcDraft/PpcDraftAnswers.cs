using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.PpcDraft;

/// <summary>What the record says for one report item; items the record cannot answer say so (【記入】).</summary>
internal static class PpcDraftAnswers
{
    public static string For(string id, IncidentRecord i, IncidentClassification c, IncidentKnowledge k, string? l)
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
