using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Features.InProgress;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Lifecycle;

// Typed words inside the guide. Each one that changes the dialog goes through ChangeAsync, like its button: the same
// owner and version checks, with the version the store holds now (a race with a click comes back stale, as a doubled
// click does). A typed word carries no card inputs, so next and back keep the stored answers, never blank them, and
// nothing finishes the assessment by typing: 「完了してレポート」 stays a button.
public sealed partial class LifecycleFeature : IOpenWorkSource
{
    public async Task<OpenWork?> FindAsync(string actor, string? locale, CancellationToken ct) =>
        await dialogs.FindOpenAsync(actor, ct) is { } open
            ? new OpenWork(this, open.UpdatedAt, Reminder(open, locale), LifecycleTexts.Get("Guide_Resume", locale), LifecycleVerbs.Resume, LifecycleVerbs.Data(open))
            : null;

    public async Task ActAsync(TurnContext turn, string actor, TypedWord word)
    {
        var locale = turn.Locale;
        var ct = turn.CancellationToken;
        if (await dialogs.FindOpenAsync(actor, ct) is not { } open)
        {
            await turn.SendAsync(MessageBuilder.Text(LifecycleTexts.Get("Guide_NothingToCancel", locale)).WithLocale(locale).Build());
            return;
        }

        var plan = AssessmentPlan.Create(knowledge, open.StepId, open.PatternId);
        var answering = open.Status == AssessmentStatus.Answering && plan is not null;
        var card = word switch
        {
            TypedWord.Cancel => await TypedChangeAsync(turn, open, LifecycleVerbs.Cancel, Cancel, null),
            TypedWord.Next when answering && open.Position + 1 < plan!.Count => await TypedChangeAsync(turn, open, LifecycleVerbs.Next, TypedNext, "Guide_TypedMoved"),
            TypedWord.Next => await CurrentCardAsync(open, actor, LifecycleTexts.Get(answering ? "Guide_TypedNextLast" : "Guide_TypedNextChoose", locale), locale, ct),
            TypedWord.Back when open.Status is AssessmentStatus.ChoosingPattern || answering =>
                await TypedChangeAsync(turn, open, LifecycleVerbs.Back, TypedBack, answering ? "Guide_TypedMoved" : null),
            TypedWord.Back => await CurrentCardAsync(open, actor, LifecycleTexts.Get("Guide_TypedBackFirst", locale), locale, ct),
            TypedWord.NotSure => await CurrentCardAsync(open, actor, LifecycleTexts.Get(answering ? "Guide_TypedNotSure" : "Guide_TypedNotSureChoose", locale), locale, ct),
            _ => await CurrentCardAsync(open, actor, null, locale, ct),
        };
        await turn.SendAsync(MessageBuilder.Card(card).WithLocale(locale).WithSummary(LifecycleTexts.Get("Guide_Title", locale)).Build());
    }

    // The card the button would answer with, sent as a message (a typed word has no card to replace).
    private async Task<JsonObject> TypedChangeAsync(TurnContext turn, AssessmentDialog open, string verb, Decide decide, string? noticeKey)
    {
        var action = new AdaptiveCardAction(verb, new CardData(LifecycleVerbs.Data(open)), null, null);
        var response = await ChangeAsync(turn, action, decide, appliedNotice: noticeKey is null ? null : LifecycleTexts.Get(noticeKey, turn.Locale));
        return (JsonObject)((JsonObject)response.Body!)["value"]!;
    }

    // Next without the card's inputs: on to the next step with the stored answers; never past the last step.
    private DialogTransition? TypedNext(AssessmentDialog dialog, IReadOnlyDictionary<string, RecordedAnswer> answers) =>
        dialog.Status == AssessmentStatus.Answering && AssessmentPlan.Create(knowledge, dialog.StepId, dialog.PatternId) is { } plan && dialog.Position + 1 < plan.Count
            ? new DialogTransition(dialog with { Position = dialog.Position + 1 }, [])
            : null;

    // Back as the button goes back, saving nothing.
    private static DialogTransition? TypedBack(AssessmentDialog dialog, IReadOnlyDictionary<string, RecordedAnswer> answers) =>
        MovedBack(dialog) is { } moved ? new DialogTransition(moved, []) : null;

    // 「取得・収集のガイドの途中です（3/7）」
    private string Reminder(AssessmentDialog dialog, string? locale)
    {
        var step = dialog.StepId is null ? null : knowledge.FindStep(dialog.StepId);
        if (step is null) return LifecycleTexts.Get("Guide_ReminderStep", locale);
        var title = LifecycleTexts.Of(step.Title, locale);
        return dialog.Status == AssessmentStatus.Answering && AssessmentPlan.Create(knowledge, dialog.StepId, dialog.PatternId) is { } plan
            ? LifecycleTexts.Format("Guide_Reminder", locale, title, Math.Clamp(dialog.Position, 0, plan.Count - 1) + 1, plan.Count)
            : LifecycleTexts.Format("Guide_ReminderPattern", locale, title);
    }
}
