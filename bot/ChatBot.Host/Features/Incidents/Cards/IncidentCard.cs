using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.Resources;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>Everything the incident card shows; <see cref="CanManage"/> and <see cref="IsReporter"/> come from the server's decision.</summary>
public sealed record IncidentCardModel(
    IncidentRecord Incident,
    IncidentClassification Classification,
    IncidentKnowledge Knowledge,
    OrganizationModel Organization,
    string? Locale,
    bool CanManage,
    bool IsReporter,
    DateOnly Today,
    string? Headline = null,
    string? Notice = null);

/// <summary>
/// One incident: the report, the classification under the current rules (outcome, criteria, 速報 window, 確報 due date,
/// individual notification, reasoning with rule references, warnings), the response steps and the actions the viewer may take.
/// Every action carries the reference and the version, so a stale card is answered with the current one.
/// </summary>
public static class IncidentCard
{
    public static JsonObject Build(IncidentCardModel m)
    {
        var l = m.Locale;
        var i = m.Incident;
        var c = m.Classification;
        var rules = m.Knowledge.Rules;
        string T(string key) => IncidentTexts.Get(key, l);
        string Name(string? aad) => aad is null ? "-" : m.Organization.FindPerson(aad)?.Name ?? T("Card_UnknownPerson");
        string Reporter() => m.Organization.FindPerson(i.ReporterAad)?.Name
            ?? (i.ReporterName is { } shown ? IncidentTexts.Format("Card_ReporterOutsideFile", l, shown) : T("Card_UnknownPerson"));

        var body = new List<JsonNode?> { CardElements.Heading(IncidentTexts.Format("Card_Title", l, i.Reference)) };
        if (m.Headline is not null) body.Add(CardElements.Text(m.Headline, bold: true));
        if (m.Notice is not null) body.Add(IncidentCardInputs.Attention(m.Notice));
        if (i.Report.Masked) body.Add(CardElements.Text(T("Card_Masked"), subtle: true));

        var persons = (i.Report.EstimatedPersons, i.Report.MaxPersons) switch
        {
            (null, null) => T("Card_PersonsUnknown"),
            (var e, null) => IncidentTexts.Format("Card_PersonsEstimate", l, e),
            (null, var x) => IncidentTexts.Format("Card_PersonsMax", l, x),
            (var e, var x) => IncidentTexts.Format("Card_PersonsRange", l, e, x),
        };
        body.Add(CardElements.FactSet(
        [
            (T("Card_Status"), T("Status_" + i.Status)),
            (T("Card_Reporter"), Reporter()),
            (T("Card_Owner"), i.OwnerAad is null ? T("Card_NoOwner") : Name(i.OwnerAad)),
            (T("Card_NoticedAt"), IncidentTexts.DateTime(i.Report.NoticedAt, l)),
            // The rules may judge it as another kind (lost outside the premises is a suspected leak); say which counts.
            (T("Card_Kind"), c.EffectiveKind == i.Report.Kind ? rules.KindNames[i.Report.Kind].For(l)
                : IncidentTexts.Format("Card_KindJudgedAs", l, rules.KindNames[i.Report.Kind].For(l), rules.KindNames[c.EffectiveKind].For(l))),
            (T("Card_Cause"), rules.CauseNames[i.Report.Cause].For(l)),
            (T("Card_Persons"), persons),
            (T("Card_System"), string.Join(" / ", new[] { T("SystemType_" + i.Report.SystemType), i.Report.SystemName }.Where(s => !string.IsNullOrEmpty(s)))),
        ]));
        body.Add(CardElements.Text(i.Report.Description));

        body.Add(Classification(m));
        body.Add(Steps(m));
        if (i.Notes.Count > 0)
            body.Add(CardElements.Container(
                [CardElements.Text(T("Card_Notes"), bold: true), .. i.Notes.Select(n => CardElements.Text($"{IncidentTexts.DateTime(n.At, l)} {Name(n.AuthorAad)}: {n.Text}", size: "Small"))],
                separator: true));

        // One button per row in the body: the five a manager may have, side by side, are cut off at Teams' narrow width
        // (tests/js/cards.test.mjs renders every card at 450 px); a ShowCard opens under its own button.
        body.AddRange(Actions(m).Select(a => (JsonNode?)CardElements.ActionSet([a])));
        var card = CardElements.Card(body);
        // Every copy (in personal chats) asks for its viewer's current view when shown, so older copies are never stale.
        card["refresh"] = CardElements.Refresh("incidents.view", Data(i));
        return card;
    }

    private static JsonObject Classification(IncidentCardModel m)
    {
        var l = m.Locale;
        var c = m.Classification;
        var rules = m.Knowledge.Rules;
        string T(string key) => IncidentTexts.Get(key, l);
        var items = new List<JsonNode?>
        {
            CardElements.Text(T("Card_Classification"), bold: true),
            CardElements.Text(T("Outcome_" + c.Outcome), bold: true, size: "Medium"),
        };
        var facts = new List<(string, string)>();
        if (c.MatchedCriteria.Count > 0)
            facts.Add((T("Card_Criteria"), string.Join(" / ", c.MatchedCriteria.Select(id =>
                rules.MandatoryCriteria.FirstOrDefault(x => x.Id == id) is { } cr ? $"{cr.Text.Title.For(l)}（{cr.Text.Reference.For(l)}）" : id))));
        if (c.PreliminaryReport is { } p)
            facts.Add((T("Card_Preliminary"), $"{IncidentTexts.Date(p.From, l)} – {IncidentTexts.Date(p.To, l)}"));
        if (c.FinalReportDue is { } due)
            facts.Add((T("Card_FinalDue"), $"{IncidentTexts.Date(due, l)}" + (c.FinalReportDays is { } d ? IncidentTexts.Format("Card_Days", l, d) : "")));
        facts.Add((T("Card_NotifyIndividuals"), T(c.IndividualNotificationRequired ? "Card_Yes" : "Card_No")));
        items.Add(CardElements.FactSet(facts));
        foreach (var w in c.Warnings) items.Add(IncidentCardInputs.Error("⚠ " + w.For(l)));
        items.Add(new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray([CardElements.Text(T("Card_Reasoning"), bold: true, size: "Small"),
                .. c.Reasoning.Select(r => (JsonNode)CardElements.Text("・" + r.For(l), size: "Small"))]),
        });
        return CardElements.Container(items, style: c.Outcome == IncidentOutcome.MandatoryReport ? "attention" : "emphasis", separator: true);
    }

    private static JsonObject Steps(IncidentCardModel m)
    {
        var l = m.Locale;
        var i = m.Incident;
        string T(string key) => IncidentTexts.Get(key, l);
        var items = new List<JsonNode?> { CardElements.Text(T("Card_Steps"), bold: true) };
        foreach (var step in i.Steps)
        {
            var rule = m.Knowledge.Step(step.StepId);
            var title = rule?.Title.For(l) ?? step.StepId;
            var parts = new List<string> { (step.Done ? "☑ " : "☐ ") + title + (step.Required ? "" : T("Card_Optional")) };
            if (step.DueDate is { } due)
                parts.Add((!step.Done && due < m.Today ? T("Card_Overdue") + " " : "") + IncidentTexts.Format("Card_Due", l, IncidentTexts.Date(due, l)));
            if (step.AssigneeAad is not null) parts.Add(m.Organization.FindPerson(step.AssigneeAad)?.Name ?? "-");
            if (step.Done) parts.Add(IncidentTexts.Format("Card_DoneAt", l, IncidentTexts.DateTime(step.DoneAt!.Value, l)));
            items.Add(CardElements.Text(string.Join(" — ", parts), size: "Small"));
            if (m.CanManage && !step.Done && i.Status == IncidentStatus.Acknowledged)
                items.Add(CardElements.ActionSet([CardElements.Execute(IncidentTexts.Format("Action_CompleteStep", l, Short(title)), "incidents.step",
                    Data(i, ("step", step.StepId)))]));
        }
        return CardElements.Container(items, separator: true);
    }

    /// <summary>What replaces a copy its viewer may no longer see: the notice, no details, no refresh.</summary>
    public static JsonObject Withdrawn(string notice) => CardElements.Card([CardElements.Text(notice)]);

    private static List<JsonNode?> Actions(IncidentCardModel m)
    {
        var l = m.Locale;
        var i = m.Incident;
        string T(string key) => IncidentTexts.Get(key, l);
        var actions = new List<JsonNode?>();
        if (m.CanManage && i.Status == IncidentStatus.Reported) actions.Add(CardElements.Execute(T("Action_Acknowledge"), "incidents.acknowledge", Data(i), "positive"));
        if (m.CanManage && i.Status == IncidentStatus.Acknowledged) actions.Add(CardElements.Execute(T("Action_Close"), "incidents.close", Data(i)));
        if (m.CanManage && i.Status == IncidentStatus.Closed) actions.Add(CardElements.Execute(T("Action_Reopen"), "incidents.reopen", Data(i)));
        if ((m.CanManage || m.IsReporter) && i.IsOpen)
        {
            actions.Add(CardElements.Execute(T("Action_UpdateFacts"), "incidents.edit", Data(i)));
            actions.Add(ShowNote(m));
        }
        if (m.CanManage && i.Status == IncidentStatus.Acknowledged && i.Steps.Any(s => !s.Done)) actions.Add(ShowAssign(m));
        if (m.CanManage) actions.Add(CardElements.Execute(T("Action_Draft"), "incidents.draft", Data(i)));
        // No refresh button: the card's refresh does it when shown, and hosts allow five actions.
        return actions;
    }

    private static JsonObject ShowNote(IncidentCardModel m) => ShowCard(IncidentTexts.Get("Action_AddNote", m.Locale),
    [
        IncidentCardInputs.Text("note", IncidentTexts.Get("Card_NoteLabel", m.Locale), null, multiline: true, maxLength: 2000),
    ], CardElements.Execute(IncidentTexts.Get("Action_SendNote", m.Locale), "incidents.note", Data(m.Incident)));

    private static JsonObject ShowAssign(IncidentCardModel m)
    {
        var l = m.Locale;
        var i = m.Incident;
        // Everyone on the incident's levels may manage it while it has no owner: they are the assignees to offer.
        var people = IncidentRouting.LevelsFor(m.Organization, i).SelectMany(x => x).Select(p => (p.AadObjectId, p.Name));
        var steps = i.Steps.Where(s => !s.Done).Select(s => (s.StepId, m.Knowledge.Step(s.StepId)?.Title.For(l) ?? s.StepId));
        return ShowCard(IncidentTexts.Get("Action_Assign", l),
        [
            IncidentCardInputs.Choice("assignStep", IncidentTexts.Get("Card_AssignStep", l), steps, null),
            IncidentCardInputs.Choice("assignee", IncidentTexts.Get("Card_Assignee", l), people, i.OwnerAad),
            IncidentCardInputs.Date("assignDue", IncidentTexts.Get("Card_AssignDue", l), null),
        ], CardElements.Execute(IncidentTexts.Get("Action_Assign", l), "incidents.assign", Data(i)));
    }

    private static JsonObject ShowCard(string title, IEnumerable<JsonNode?> body, JsonNode action) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. body.Where(b => b is not null)]),
            ["actions"] = new JsonArray(action),
        },
    };

    /// <summary>The reference and version every incident action carries.</summary>
    public static JsonObject Data(IncidentRecord incident, params (string Key, string Value)[] extra)
    {
        var data = new JsonObject { ["ref"] = incident.Reference, ["v"] = incident.Version };
        foreach (var (k, v) in extra) data[k] = v;
        return data;
    }

    private static string Short(string title) => title.Length <= 24 ? title : title[..23] + "…";
}
