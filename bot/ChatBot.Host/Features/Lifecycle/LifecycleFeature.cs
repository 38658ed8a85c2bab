using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// The guided lifecycle dialog: typed commands (or a short step name such as 「廃棄」) open it; every click is an
/// <c>Action.Execute</c> whose invoke response is the next card, so one card per dialog is updated in place.
/// </summary>
public sealed partial class LifecycleFeature(
    LifecycleDialogStore dialogs,
    Infrastructure.Changes.ChangeRunner runner,
    KnowledgeBase knowledge,
    OrganizationDirectory organization,
    SignedLinks links,
    CorrectiveActions.CorrectiveActionService correctiveActions,
    CorrectiveActions.CorrectiveActionStore correctiveActionStore,
    TimeProvider time) : IBotFeature, IBotCommandSource
{
    public static readonly BotCommand Guide = new("guide", "Feature_Guide_Title", "Feature_Guide_Description", "Feature_Guide_Example",
        ["取扱いガイド", "取り扱いガイド", "取扱ガイド", "lifecycle guide", "guide", "ガイド", "自己点検", "self-assessment"], "取扱いガイド");

    public static readonly BotCommand Assessments = new("assessments", "Feature_Assessments_Title", "Feature_Assessments_Description", null,
        ["評価一覧", "自己点検一覧", "assessments", "assessment list"], "評価一覧") { Groups = [HelpGroup.Managers], MayUse = AssessmentAccess.CanList };

    public IEnumerable<BotCommand> Commands { get; } = [Guide, Assessments];

    public void Map(ActivityRouter router)
    {
        router.OnMessage(turn => Guide.Matches(turn.Activity.RemoveRecipientMention()), turn => OpenAsync(turn, null));
        router.OnMessage(turn => Assessments.Matches(turn.Activity.RemoveRecipientMention()), ListAsync);
        router.OnMessage(turn => LifecycleIntent.Match(turn.Activity.RemoveRecipientMention(), knowledge) is not null,
            turn => OpenAsync(turn, LifecycleIntent.Match(turn.Activity.RemoveRecipientMention(), knowledge)));

        router.OnAdaptiveCardAction(LifecycleVerbs.Step, (turn, action) => ChangeAsync(turn, action, ChooseStep(action)));
        router.OnAdaptiveCardAction(LifecycleVerbs.Pattern, (turn, action) => ChangeAsync(turn, action, ChoosePattern(action)));
        router.OnAdaptiveCardAction(LifecycleVerbs.Next, (turn, action) => AnswerAsync(turn, action, forward: true));
        router.OnAdaptiveCardAction(LifecycleVerbs.Back, (turn, action) => AnswerAsync(turn, action, forward: false));
        router.OnAdaptiveCardAction(LifecycleVerbs.Skip, (turn, action) => ChangeAsync(turn, action, Skip));
        router.OnAdaptiveCardAction(LifecycleVerbs.Cancel, (turn, action) => ChangeAsync(turn, action, Cancel));
        router.OnAdaptiveCardAction(LifecycleVerbs.Restart, RestartAsync);
        router.OnAdaptiveCardAction(LifecycleVerbs.Resume, ShowAsync);
        router.OnAdaptiveCardAction(LifecycleVerbs.Report, ShowAsync);
        router.OnAdaptiveCardAction(LifecycleVerbs.CreateAction, CreateActionAsync);
    }

    // The command, or a step name: offer to resume an unfinished dialog, else start one (at the step, when named).
    private async Task OpenAsync(TurnContext turn, string? stepId)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var org = organization.Current;
        if (actor is null)
        {
            await turn.SendAsync(MessageBuilder.Text(LifecycleTexts.Get("Guide_NoIdentity", locale)).WithLocale(locale).Build());
            return;
        }

        OpenWorkTurn.MarkShown(turn);
        // Someone the organization file does not list walks it to learn (LifecycleFeature.Learning.cs), not refused.
        var open = await dialogs.FindOpenAsync(actor, turn.CancellationToken);
        var card = open is not null
            ? WithLearningNotice(ResumeCard.Build(open, Describe(open, locale), stepId, locale), open, locale)
            : await CurrentCardAsync(await dialogs.CreateAsync(actor, stepId, org.IsSmallBusiness, IsLearner(org, actor), turn.CancellationToken),
                actor, null, locale, turn.CancellationToken);
        await turn.SendAsync(MessageBuilder.Card(card).WithLocale(locale).WithSummary(LifecycleTexts.Get("Guide_Title", locale)).Build());
    }

    private string Describe(AssessmentDialog dialog, string? locale)
    {
        var step = dialog.StepId is null ? null : knowledge.FindStep(dialog.StepId);
        var pattern = dialog.PatternId is null ? null : knowledge.FindPattern(dialog.PatternId);
        if (step is null) return LifecycleTexts.Get("Guide_NotChosen", locale);
        return pattern is null ? LifecycleTexts.Of(step.Title, locale) : $"{LifecycleTexts.Of(step.Title, locale)}／{LifecycleTexts.Of(pattern.Title, locale)}";
    }
}
