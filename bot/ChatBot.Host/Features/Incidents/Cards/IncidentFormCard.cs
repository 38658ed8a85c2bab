using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Incidents.Resources;
using static ChatBot.Host.Features.Incidents.IncidentForm;

namespace ChatBot.Host.Features.Incidents.Cards;

/// <summary>What the form shows: the values to keep, problems per field, and whether it corrects an existing report.</summary>
public sealed record IncidentFormModel(
    IncidentRules Rules,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    string? Locale,
    bool Masked = false,
    string? Reference = null,
    int? Version = null,
    string? Notice = null);

/// <summary>The leak report form (new report, or "update facts" of an existing one).</summary>
public static class IncidentFormCard
{
    /// <summary>The form field that holds each strong-encryption fact, by the condition id in rules.yaml.</summary>
    private static readonly Dictionary<string, string> EncryptionFields = new()
    {
        ["encryption-approved-algorithm"] = EncAlgorithm,
        ["encryption-properly-implemented"] = EncImplemented,
        ["encryption-key-kept-separately"] = EncKeySeparate,
        ["encryption-key-not-leaked"] = EncKeyNotLeaked,
        ["encryption-remote-deletion"] = EncRemoteDeletion,
        ["encryption-key-unusable-by-others"] = EncKeyUnusable,
    };

    public static JsonObject Build(IncidentFormModel m)
    {
        var l = m.Locale;
        string T(string key) => IncidentTexts.Get(key, l);
        string? V(string field) => m.Values.GetValueOrDefault(field);
        JsonObject Toggle(string field, string title) => CardElements.Toggle(field, title, V(field) == "true");
        var body = new List<JsonNode?>
        {
            CardElements.Heading(m.Reference is null ? T("Form_Title") : IncidentTexts.Format("Form_UpdateTitle", l, m.Reference)),
            CardElements.Text(T("Form_Intro"), subtle: true),
        };
        if (m.Notice is not null) body.Add(IncidentCardInputs.Attention(m.Notice));
        if (m.Masked) body.Add(IncidentCardInputs.Attention(T("Form_Masked")));
        if (m.Errors.Count > 0) body.Add(IncidentCardInputs.Attention(T("Form_HasErrors")));

        void Add(JsonObject input, string field)
        {
            body.Add(input);
            if (m.Errors.TryGetValue(field, out var error)) body.Add(IncidentCardInputs.Error(IncidentForm.ErrorText(error, l)));
        }

        Add(IncidentCardInputs.Text(Description, T("Form_Description"), V(Description), multiline: true, maxLength: 4000, placeholder: T("Form_DescriptionHint")), Description);
        Add(IncidentCardInputs.Date(NoticedDate, T("Form_NoticedDate"), V(NoticedDate)), NoticedDate);
        Add(IncidentCardInputs.Time(NoticedTime, T("Form_NoticedTime"), V(NoticedTime)), NoticedTime);
        Add(IncidentCardInputs.Choice(Kind, T("Form_Kind"),
            Enum.GetValues<IncidentKind>().Select(k => (k.ToString(), m.Rules.KindNames[k].For(l))), V(Kind)), Kind);
        Add(IncidentCardInputs.Choice(Cause, T("Form_Cause"),
            Enum.GetValues<IncidentCause>().Select(c => (c.ToString(), m.Rules.CauseNames[c].For(l))), V(Cause)), Cause);
        Add(Toggle(Wrongful, T("Form_Wrongful")), Wrongful);
        Add(IncidentCardInputs.Number(Estimate, T("Form_Estimate"), V(Estimate)), Estimate);
        Add(IncidentCardInputs.Number(Max, T("Form_Max"), V(Max)), Max);
        Add(Toggle(Sensitive, T("Form_Sensitive")), Sensitive);

        // What decides whether it is a leak at all (別添2 1A–1C, Q&A 17-1).
        body.Add(CardElements.Text(T("Form_WhereIntro"), bold: true));
        Add(Toggle(LostInside, T("Form_LostInside")), LostInside);
        Add(Toggle(Recovered, T("Form_Recovered")), Recovered);
        Add(Toggle(CopyKept, T("Form_CopyKept")), CopyKept);

        body.Add(CardElements.Text(T("Form_EncryptionIntro"), bold: true));
        Add(Toggle(Encrypted, T("Form_Encrypted")), Encrypted);
        // The conditions of 高度な暗号化 (the algorithm ones and the key-management alternatives ①–③ of Q&A 17-14) come
        // from rules.yaml, in its order, each on the form field that holds its fact.
        foreach (var condition in m.Rules.Exclusion.Conditions)
            if (EncryptionFields.TryGetValue(condition.Id, out var field))
                Add(Toggle(field, condition.Text.For(l)), field);

        Add(Toggle(Viewable, T("Form_Viewable")), Viewable);
        Add(Toggle(ContractorInvolved, T("Form_ContractorInvolved")), ContractorInvolved);
        Add(Toggle(WeAreContractor, T("Form_WeAreContractor")), WeAreContractor);
        Add(IncidentCardInputs.Date(ClientNotifiedDate, T("Form_ClientNotifiedDate"), V(ClientNotifiedDate)), ClientNotifiedDate);
        Add(IncidentCardInputs.Choice(SystemType, T("Form_SystemType"),
            Enum.GetValues<IncidentSystemType>().Select(s => (s.ToString(), T("SystemType_" + s))), V(SystemType) ?? nameof(IncidentSystemType.Ordinary)), SystemType);
        Add(IncidentCardInputs.Text(SystemName, T("Form_SystemName"), V(SystemName), maxLength: 200), SystemName);

        var data = new JsonObject();
        if (m.Reference is not null) data["ref"] = m.Reference;
        if (m.Version is { } v) data["v"] = v;
        return CardElements.Card(body, [CardElements.Execute(T(m.Reference is null ? "Form_Submit" : "Form_SubmitUpdate"), "incidents.submit", data, "positive")]);
    }
}
