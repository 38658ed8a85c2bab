using System.Text.Json.Nodes;
using ChatBot.Domain.Changes;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Privacy;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Incidents.Cards;
using ChatBot.Host.Features.Incidents.PpcDraft;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Chat routes of incident reports: the report command (form in the reporter's personal chat), the form submit, the
/// manager's actions on the incident card, the incident list and the admin's audit check. Every action is authorized
/// in <see cref="IncidentService"/> from <c>from.aadObjectId</c>; card data only names the incident and its version.
/// </summary>
public sealed partial class IncidentFeature(
    IncidentKnowledge knowledge, OrganizationDirectory organization, SignedLinks links, TimeProvider time) : IBotFeature, IBotCommandSource
{
    private static readonly BotCommand Report = new("report-leak", "Feature_ReportLeak_Title", "Feature_ReportLeak_Description", "Feature_ReportLeak_Example",
        ["漏えいかも", "漏えい報告", "漏洩報告", "漏えいの報告", "report a leak", "report leak"], "漏えい報告");

    private static readonly BotCommand List = new("incidents", "Feature_Incidents_Title", "Feature_Incidents_Description", null,
        ["インシデント一覧", "incidents", "インシデント"], "インシデント一覧") { Groups = [HelpGroup.Managers], MayUse = MayListAll };

    private static readonly BotCommand Verify = new("verify-audit", "Feature_VerifyAudit_Title", "Feature_VerifyAudit_Description", null,
        ["監査検証", "verify audit"], "") { Groups = [HelpGroup.Admins], MayUse = MayVerifyAudit };

    public IEnumerable<BotCommand> Commands { get; } = [Report, List, Verify];

    /// <summary>The whole list (not only one's own reports): responsible managers and the 個人情報保護管理者.</summary>
    private static bool MayListAll(OrganizationModel org, string? actor) =>
        org.HasRole(actor, OrganizationRole.ResponsibleManager) || org.HasRole(actor, OrganizationRole.PrivacyOfficer);

    private static bool MayVerifyAudit(OrganizationModel org, string? actor) => org.HasRole(actor, OrganizationRole.Admin);

    public void Map(ActivityRouter router)
    {
        router.OnMessage(t => Report.Matches(t.Activity.RemoveRecipientMention()), ReportAsync);
        router.OnMessage(t => List.Matches(t.Activity.RemoveRecipientMention()), ListAsync);
        router.OnMessage(t => Verify.Matches(t.Activity.RemoveRecipientMention()), VerifyAsync);
        router.OnAdaptiveCardAction(ReportOfferCard.Verb, OpenAsync);
        router.OnAdaptiveCardAction("incidents.submit", SubmitAsync);
        router.OnAdaptiveCardAction("incidents.view", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.ViewAsync(r, t.CancellationToken), null, viewOnly: true));
        router.OnAdaptiveCardAction("incidents.acknowledge", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.AcknowledgeAsync(actor, r, v, t.CancellationToken), "Done_Acknowledged"));
        router.OnAdaptiveCardAction("incidents.step", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.CompleteStepAsync(actor, r, v, a.Data.OptionalString("step") ?? "", t.CancellationToken), "Done_Step"));
        router.OnAdaptiveCardAction("incidents.assign", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.AssignStepAsync(actor, r, v,
            a.Data.OptionalInput("assignStep") ?? "", a.Data.OptionalInput("assignee") ?? "", ParseDate(a.Data.OptionalInput("assignDue")), t.CancellationToken), "Done_Assigned"));
        router.OnAdaptiveCardAction("incidents.note", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.AddNoteAsync(actor, r, a.Data.OptionalInput("note") ?? "", t.CancellationToken), "Done_Note"));
        router.OnAdaptiveCardAction("incidents.close", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.CloseAsync(actor, r, v, t.CancellationToken), "Done_Closed"));
        router.OnAdaptiveCardAction("incidents.reopen", (t, a) => ActAsync(t, a, (s, actor, r, v) => s.ReopenAsync(actor, r, v, t.CancellationToken), "Done_Reopened"));
        router.OnAdaptiveCardAction("incidents.edit", EditAsync);
        router.OnAdaptiveCardAction("incidents.draft", DraftAsync);
    }

    private OrganizationModel Org => organization.Current;

    private static IncidentService Service(TurnContext turn) => turn.Services.GetRequiredService<IncidentService>();

    private static bool Masked(TurnContext turn) => turn.Services.GetRequiredService<TurnPrivacy>().Masked;

    private static Task ReplyAsync(TurnContext turn, string text) => turn.SendAsync(MessageBuilder.Text(text).WithLocale(turn.Locale).Build());

    /// <summary>The form goes to the reporter's personal chat: details of a leak do not belong in a channel.</summary>
    private async Task ReportAsync(TurnContext turn)
    {
        OpenWorkTurn.MarkShown(turn);
        var locale = turn.Locale;
        var card = IncidentFormCard.Build(new IncidentFormModel(knowledge.Rules, Defaults(), new Dictionary<string, string>(), locale));
        if (turn.Activity.Conversation?.ConversationType is null or ConversationTypes.Personal)
        {
            await turn.SendAsync(MessageBuilder.Card(card).WithLocale(locale).WithSummary(IncidentTexts.Get("Form_Title", locale)).Build());
            return;
        }
        var sent = await SendToPersonalChatAsync(turn, card);
        await ReplyAsync(turn, IncidentTexts.Get(sent ? "Report_SentToPersonal" : "Report_OpenPersonal", locale));
    }

    /// <summary>
    /// The report button under a described leak or an answer about leaks: the form, with the described message as "what
    /// happened". The prefill is user text like any card data: masked by the turn pipeline, capped to the form's limit,
    /// never logged. Outside a personal chat the form goes to the clicker's personal chat, as with the command.
    /// </summary>
    private async Task<InvokeResponse> OpenAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var values = Defaults();
        var masked = Masked(turn);
        if (action.Data.OptionalInput(IncidentForm.Description)?.Trim() is { Length: > 0 } described)
        {
            values[IncidentForm.Description] = described.Length <= IncidentForm.MaxText ? described : described[..IncidentForm.MaxText];
            // Masked when the message was typed (digits became ****): the form says so, as when a number is typed into it.
            masked |= described.Contains(new string(MyNumberGuard.MaskChar, 4), StringComparison.Ordinal);
        }
        var card = IncidentFormCard.Build(new IncidentFormModel(knowledge.Rules, values, new Dictionary<string, string>(), locale, masked));
        if (turn.Activity.Conversation?.ConversationType is null or ConversationTypes.Personal) return AdaptiveCardResponses.Card(card);
        var sent = await SendToPersonalChatAsync(turn, card);
        return AdaptiveCardResponses.Message(IncidentTexts.Get(sent ? "Report_SentToPersonal" : "Report_OpenPersonal", locale));
    }

    private static async Task<bool> SendToPersonalChatAsync(TurnContext turn, JsonObject card)
    {
        var aad = turn.Activity.From?.AadObjectId;
        return aad is not null && await turn.Services.GetRequiredService<ProactiveMessenger>().SendToUserAsync(
            aad, MessageBuilder.Card(card).WithLocale(turn.Locale).WithSummary(IncidentTexts.Get("Form_Title", turn.Locale)).Build(), null, turn.CancellationToken);
    }

    private Dictionary<string, string> Defaults()
    {
        var now = JapanTime.Now(time);
        return new Dictionary<string, string>
        {
            [IncidentForm.NoticedDate] = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [IncidentForm.NoticedTime] = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private async Task<InvokeResponse> SubmitAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(actor)) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_NoIdentity", locale));
        var masked = Masked(turn);
        var form = IncidentForm.Read(action.Data, masked, time);
        var reference = action.Data.OptionalString("ref");
        // The "update facts" form carries the version it showed; a new report has neither.
        int? version = reference is null ? null : action.Data.RequiredInt("v");
        if (form.Report is null)
            return AdaptiveCardResponses.Card(IncidentFormCard.Build(new IncidentFormModel(knowledge.Rules, form.Values, form.Errors, locale, masked, reference, version)));

        var service = Service(turn);
        if (reference is null || version is not { } shown)
        {
            var incident = await service.FileAsync(actor, turn.Activity.From?.Name, form.Report, turn.CancellationToken);
            await RememberShownAsync(turn, actor, incident);
            return AdaptiveCardResponses.Card(View(incident, actor, locale, IncidentTexts.Format("Done_Filed", locale, incident.Reference)));
        }
        var change = await service.UpdateReportAsync(actor, reference, shown, form.Report, turn.CancellationToken);
        if (change.Status == ChangeStatus.Done) await RememberShownAsync(turn, actor, change.State);
        if (change.Status == ChangeStatus.Stale && change.State is not null)
            return AdaptiveCardResponses.Card(IncidentFormCard.Build(new IncidentFormModel(knowledge.Rules, form.Values, form.Errors, locale, masked,
                reference, change.State.Version, IncidentTexts.Get("Notice_StaleForm", locale))));
        return Respond(change, actor, locale, "Done_FactsUpdated");
    }

    private async Task<InvokeResponse> EditAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var incident = await Service(turn).GetAsync(action.Data.RequiredString("ref"), turn.CancellationToken);
        if (incident is null) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_NotFound", locale));
        if (!IncidentAccess.CanContribute(Org, actor, incident)) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_Refused", locale));
        return AdaptiveCardResponses.Card(IncidentFormCard.Build(new IncidentFormModel(
            knowledge.Rules, IncidentForm.ValuesOf(incident.Report), new Dictionary<string, string>(), locale, false, incident.Reference, incident.Version)));
    }

    private async Task<InvokeResponse> DraftAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var incident = await Service(turn).GetAsync(action.Data.RequiredString("ref"), turn.CancellationToken);
        if (incident is null) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_NotFound", locale));
        if (actor is null || !IncidentAccess.CanManage(Org, actor, incident)) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_Refused", locale));
        var draft = PpcReportDraft.Build(incident, knowledge.Classify(incident.Report), knowledge, locale);
        // A fresh link each time the card is shown, made for the viewer only.
        var download = await links.ForPpcDraftAsync(incident.Reference, actor, locale, turn.CancellationToken);
        return AdaptiveCardResponses.Card(PpcReportDraftCard.Build(incident, draft, download, locale));
    }

    private async Task<InvokeResponse> ActAsync(
        TurnContext turn, AdaptiveCardAction action, Func<IncidentService, string, string, int, Task<ChangeResult<IncidentRecord>>> run, string? doneKey, bool viewOnly = false)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var reference = action.Data.RequiredString("ref");
        var version = action.Data.RequiredInt("v");
        if (string.IsNullOrEmpty(actor)) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_NoIdentity", locale));
        var change = await run(Service(turn), actor, reference, version);
        var visible = change.State is { } seen && IncidentAccess.CanContribute(Org, actor, seen);
        // A copy shown to someone who lost access (or a forged view) becomes a card without the details.
        if (viewOnly && change.State is not null && !visible) return AdaptiveCardResponses.Card(IncidentCard.Withdrawn(IncidentTexts.Get("Error_Refused", locale)));
        if (visible) await RememberShownAsync(turn, actor, change.State);
        return Respond(change, actor, locale, doneKey);
    }

    /// <summary>
    /// The card the actor acted on now shows the current state (the invoke response): it becomes their copy that later
    /// changes update in place.
    /// </summary>
    private static async Task RememberShownAsync(TurnContext turn, string actor, IncidentRecord? incident)
    {
        var activity = turn.Activity;
        if (incident is null || activity.ReplyToId is not { Length: > 0 } messageId || activity.Conversation?.Id is not { Length: > 0 } conversation
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl) return;
        await turn.Services.GetRequiredService<CardCopies>().RememberShownAsync(
            IncidentNotifier.CardKey(incident.Reference), actor, serviceUrl, conversation, messageId, turn.CancellationToken);
    }

    private InvokeResponse Respond(ChangeResult<IncidentRecord> change, string actor, string? locale, string? doneKey)
    {
        var incident = change.State;
        if (change.Status == ChangeStatus.NotFound || incident is null) return AdaptiveCardResponses.Message(IncidentTexts.Get("Error_NotFound", locale));
        return change.Status switch
        {
            // Someone outside the incident learns nothing about it.
            ChangeStatus.Forbidden when !IncidentAccess.CanContribute(Org, actor, incident) => AdaptiveCardResponses.Message(IncidentTexts.Get("Error_Refused", locale)),
            ChangeStatus.Forbidden => AdaptiveCardResponses.Card(View(incident, actor, locale, notice: IncidentTexts.Get("Error_RefusedManager", locale))),
            ChangeStatus.Stale => AdaptiveCardResponses.Card(View(incident, actor, locale, notice: IncidentTexts.Get("Notice_Stale", locale))),
            // The reason names the refusal (NotAcknowledged, StepsOpen, …); its text is Reject_<reason>.
            ChangeStatus.Rejected => AdaptiveCardResponses.Card(View(incident, actor, locale, notice: IncidentTexts.Get("Reject_" + change.Reason, locale))),
            _ => AdaptiveCardResponses.Card(View(incident, actor, locale, doneKey is null ? null : IncidentTexts.Format(doneKey, locale, incident.Reference))),
        };
    }

    private System.Text.Json.Nodes.JsonObject View(IncidentRecord incident, string actor, string? locale, string? headline = null, string? notice = null) =>
        IncidentCard.Build(new IncidentCardModel(incident, knowledge.Classify(incident.Report), knowledge, Org, locale,
            IncidentAccess.CanManage(Org, actor, incident), IncidentAccess.IsReporter(actor, incident), JapanTime.Today(time), headline, notice));

    private async Task ListAsync(TurnContext turn)
    {
        var actor = turn.Activity.From?.AadObjectId;
        var incidents = await Service(turn).ListForAsync(actor, turn.CancellationToken);
        if (incidents.Count == 0 && !MayListAll(Org, actor))
        {
            await ReplyAsync(turn, IncidentTexts.Get("List_NotManager", turn.Locale));
            return;
        }
        var items = incidents.Select(i => new IncidentListItem(i, knowledge.Classify(i.Report).Outcome)).ToList();
        await turn.SendAsync(MessageBuilder.Card(IncidentListCard.Build(items, JapanTime.Today(time), turn.Locale)).WithLocale(turn.Locale).Build());
    }

    private async Task VerifyAsync(TurnContext turn)
    {
        if (!MayVerifyAudit(Org, turn.Activity.From?.AadObjectId))
        {
            await ReplyAsync(turn, IncidentTexts.Get("Error_AdminOnly", turn.Locale));
            return;
        }
        var result = await turn.Services.GetRequiredService<DatabaseGenesis>().VerifyAsync(turn.CancellationToken);
        await ReplyAsync(turn, result.IsValid
            ? IncidentTexts.Format("Audit_Valid", turn.Locale, result.CheckedCount, result.HeadHash) + GenesisLine(result.Genesis, turn.Locale)
            : IncidentTexts.Format("Audit_Broken", turn.Locale, result.FirstBreak!.Sequence, result.FirstBreak.Kind, result.FirstBreak.Reason, result.CheckedCount));
    }

    /// <summary>Where the verified record begins: a new database's creation, or the genesis added to an older trail.</summary>
    private static string GenesisLine(ChatBot.Domain.Audit.AuditEvent? genesis, string? locale)
    {
        if (genesis is null) return "";
        var at = JapanTime.ToJapan(genesis.OccurredAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return "\n\n" + (genesis.Action == ChatBot.Domain.Audit.AuditGenesis.Created
            ? IncidentTexts.Format("Audit_GenesisCreated", locale, at, genesis.Sequence)
            : IncidentTexts.Format("Audit_GenesisAdopted", locale, at, genesis.Sequence, genesis.Sequence - 1));
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
