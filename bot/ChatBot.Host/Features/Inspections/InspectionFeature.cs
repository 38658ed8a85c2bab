using ChatBot.Domain.Inspections;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Organization;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Quarterly self-inspection: the <c>点検</c> command (a handler's sheet or a manager's queue), <c>点検開始</c>
/// (admin), <c>点検状況</c> (個人情報保護管理者, admin), the sheet card's verbs, and the late-joiner hook.
/// </summary>
public sealed partial class InspectionFeature(
    InspectionStore store,
    InspectionCampaigns campaigns,
    InspectionWorkflow workflow,
    InspectionViews views,
    InspectionSummaries summaries,
    OrganizationDirectory organization,
    TimeProvider time,
    ILogger<InspectionFeature> logger) : IBotFeature, IBotCommandSource
{
    // A manager who is not a handler finds 点検 (their queue) under managers.
    internal static readonly BotCommand Inspection = new("inspection", "Inspection_Title", "Inspection_Description", null, ["inspection", "点検", "てんけん"], "点検")
        { Groups = [HelpGroup.Handlers, HelpGroup.Managers] };
    internal static readonly BotCommand Start = new("inspection-start", "InspectionStart_Title", "InspectionStart_Description", null, ["start inspection", "点検開始"], "")
        { Groups = [HelpGroup.Admins], MayUse = InspectionRules.MayOpenCampaign };
    internal static readonly BotCommand Status = new("inspection-status", "InspectionStatus_Title", "InspectionStatus_Description", null, ["inspection status", "点検状況"], "点検状況")
        { Groups = [HelpGroup.Managers, HelpGroup.Admins], MayUse = InspectionRules.MaySeeSummary };

    public IEnumerable<BotCommand> Commands { get; } = [Inspection, Start, Status];

    public void Map(ActivityRouter router)
    {
        router.Use(EnsureLateHandlerAsync);
        router.OnMessage(turn => Inspection.Matches(turn.Activity.RemoveRecipientMention()), ShowAsync);
        router.OnMessage(turn => Start.Matches(turn.Activity.RemoveRecipientMention()), StartAsync);
        router.OnMessage(turn => Status.Matches(turn.Activity.RemoveRecipientMention()), StatusAsync);
        router.OnAdaptiveCardAction(InspectionNames.RefreshVerb, RefreshAsync);
        router.OnAdaptiveCardAction(InspectionNames.SaveVerb, (turn, action) => SaveAsync(turn, action, submit: false));
        router.OnAdaptiveCardAction(InspectionNames.SubmitVerb, (turn, action) => SaveAsync(turn, action, submit: true));
        router.OnAdaptiveCardAction(InspectionNames.ApproveVerb, (turn, action) => DecideAsync(turn, action, approve: true));
        router.OnAdaptiveCardAction(InspectionNames.ReturnVerb, (turn, action) => DecideAsync(turn, action, approve: false));
    }

    // A handler who installs the bot or first writes to it after the campaign opened still gets this quarter's card.
    private async Task EnsureLateHandlerAsync(TurnContext turn, Func<Task> next)
    {
        await next();
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)) return;
        try
        {
            await campaigns.EnsureLateHandlerAsync(turn.Activity.From?.AadObjectId, turn.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LateHandlerFailed(logger, e);
        }
    }

    private async Task ShowAsync(TurnContext turn)
    {
        OpenWorkTurn.MarkShown(turn);
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var campaign = await store.GetLatestCampaignAsync(turn.CancellationToken);
        // None open this quarter: when the next opens and who may open one now; an earlier quarter's sheets still follow.
        var current = campaign is not null && campaign.Key == InspectionCalendar.KeyOf(FiscalQuarter.Current(time));
        if (!current) await ReplyAsync(turn, NotOpenText(actor, locale));
        if (campaign is null) return;

        var own = actor is null ? null : await store.GetSheetAsync(campaign.Key, actor, turn.CancellationToken);
        if (own is not null && await views.ForAsync(campaign, own, actor, locale, turn.CancellationToken) is { } view)
        {
            await turn.SendAsync(MessageBuilder.Card(InspectionSheetCard.Build(view)).WithLocale(locale)
                .WithSummary(InspectionsTexts.Format("Card_Summary", locale, campaign.Key)).Build());
        }

        var org = organization.Current;
        if (org.HasRole(actor, OrganizationRole.ResponsibleManager) || org.HasRole(actor, OrganizationRole.PrivacyOfficer))
        {
            var waiting = (await store.ListSheetsAsync(campaign.Key, turn.CancellationToken))
                .Where(s => s.Status == InspectionSheetStatus.Submitted && InspectionRules.MayDecide(org, actor, s))
                .Select(s => (s, org.FindPerson(s.HandlerAadObjectId)?.Name ?? s.HandlerAadObjectId)).ToList();
            await turn.SendAsync(MessageBuilder.Card(InspectionQueueCard.Build(campaign.Key, waiting, OwnSheetNote(org, own, locale), locale)).WithLocale(locale).Build());
        }
        else if (own is null && current)
        {
            await ReplyAsync(turn, InspectionsTexts.Get("Error_NotParticipant", locale));
        }
    }

    private async Task StartAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        if (!InspectionRules.MayOpenCampaign(organization.Current, actor))
        {
            await ReplyAsync(turn, InspectionsTexts.Get("Error_AdminOnly", locale));
            return;
        }

        var (campaign, created, sent) = await campaigns.OpenAsync(FiscalQuarter.Current(time), actor!, turn.CancellationToken);
        await ReplyAsync(turn, InspectionsTexts.Format(created ? "Start_Opened" : "Start_AlreadyOpen", locale, campaign.Key, sent));
    }

    private async Task StatusAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        if (actor is null || !InspectionRules.MaySeeSummary(organization.Current, actor))
        {
            await ReplyAsync(turn, InspectionsTexts.Get("Error_OfficerOnly", locale));
            return;
        }

        if (await store.GetLatestCampaignAsync(turn.CancellationToken) is not { } campaign)
        {
            await ReplyAsync(turn, InspectionsTexts.Get("Error_NoCampaign", locale));
            return;
        }

        var card = await summaries.BuildCardAsync(campaign, actor, locale, turn.CancellationToken);
        await turn.SendAsync(MessageBuilder.Card(card).WithLocale(locale).WithSummary(InspectionsTexts.Format("Summary_Title", locale, campaign.Key)).Build());
    }

    private static Task ReplyAsync(TurnContext turn, string text) =>
        turn.SendAsync(MessageBuilder.Text(text).WithLocale(turn.Locale).Build());
}
