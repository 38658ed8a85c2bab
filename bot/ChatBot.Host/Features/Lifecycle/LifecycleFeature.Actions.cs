using System.Text.Json.Nodes;
using ChatBot.Domain.Changes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Privacy;
using ChatBot.Host.Cards;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Privacy;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.Lifecycle;

// Card actions. Each one is a transition checked against the stored owner and version in one transaction
// (ChangeRunner with LifecycleDialogStore); whatever happens, the answer is a card showing the dialog's real state.
public sealed partial class LifecycleFeature
{
    private delegate DialogTransition? Decide(AssessmentDialog dialog, IReadOnlyDictionary<string, RecordedAnswer> answers);

    // A transition that does not apply in the dialog's state is refused with this reason, which is also its text key.
    private const string Invalid = "Guide_Invalid";

    private static readonly ChangeNoticeKeys Notices = new(Done: "Guide_Title", NotFound: "Guide_NotFound", Forbidden: "Guide_NotOwner", Stale: "Guide_Stale");

    private async Task<InvokeResponse> ChangeAsync(TurnContext turn, AdaptiveCardAction action, Decide decide,
        Func<AssessmentDialog, string?>? invalidNotice = null, string? appliedNotice = null)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var id = LifecycleVerbs.DialogId(action.Data);
        var version = LifecycleVerbs.Version(action.Data);
        if (actor is null)
            return AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get("Guide_NotFound", locale), null, locale));

        var ct = turn.CancellationToken;
        var change = await runner.RunAsync(dialogs, new ChangeCommand<DialogState, DialogTransition>(id, actor, version,
            state => string.Equals(state.Dialog.OwnerAadObjectId, actor, StringComparison.OrdinalIgnoreCase),
            (state, _) => decide(state.Dialog, state.Answers) is { } transition ? Decision.Accept(transition) : Decision.Reject<DialogTransition>(Invalid)), ct);
        return change.Status switch
        {
            ChangeStatus.Done => AdaptiveCardResponses.Card(await CurrentCardAsync(await ShownAsync(change.State!.Dialog, ct), actor,
                turn.Services.GetRequiredService<TurnPrivacy>().Masked ? LifecycleTexts.Get("Guide_Masked", locale) : appliedNotice, locale, ct)),
            ChangeStatus.NotFound or ChangeStatus.Forbidden =>
                AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get(change.KeyFor(Notices), locale), null, locale)),
            ChangeStatus.Stale => AdaptiveCardResponses.Card(await StaleCardAsync(change.State!.Dialog, actor, locale, ct)),
            _ => AdaptiveCardResponses.Card(await CurrentCardAsync(change.State!.Dialog, actor,
                invalidNotice?.Invoke(change.State.Dialog) ?? LifecycleTexts.Get(change.KeyFor(Notices), locale), locale, ct)),
        };
    }

    // After "start a new one" the user wants the new dialog, not the one it replaced.
    private async Task<AssessmentDialog> ShownAsync(AssessmentDialog dialog, CancellationToken ct) =>
        dialog.SuccessorId is { } next && await dialogs.GetAsync(next, ct) is { } successor ? successor : dialog;

    // A stale or doubled click: say so and show where the dialog (or the one started from it) really is.
    private async Task<JsonObject> StaleCardAsync(AssessmentDialog current, string actor, string? locale, CancellationToken ct)
    {
        if (current.SuccessorId is { } next && await dialogs.GetAsync(next, ct) is { } successor)
            return await CurrentCardAsync(successor, actor, LifecycleTexts.Get("Guide_Stale", locale), locale, ct);
        var notice = current.Status switch
        {
            AssessmentStatus.Finished => LifecycleTexts.Get("Guide_AlreadyFinished", locale),
            AssessmentStatus.Cancelled => LifecycleTexts.Get("Guide_AlreadyCancelled", locale),
            _ => LifecycleTexts.Get("Guide_Stale", locale),
        };
        return await CurrentCardAsync(current, actor, notice, locale, ct);
    }

    // Resume and "show the report again": read-only, so any version of the card may ask.
    private async Task<InvokeResponse> ShowAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var dialog = await dialogs.GetAsync(LifecycleVerbs.DialogId(action.Data), turn.CancellationToken);
        if (dialog is null || actor is null)
            return AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get("Guide_NotFound", locale), null, locale));
        if (!string.Equals(dialog.OwnerAadObjectId, actor, StringComparison.OrdinalIgnoreCase))
            return AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get("Guide_NotOwner", locale), null, locale));
        return AdaptiveCardResponses.Card(await CurrentCardAsync(dialog, actor, null, locale, turn.CancellationToken));
    }

    // "Start a new one": the old dialog records its successor in the same transaction, so a second click finds it.
    private Task<InvokeResponse> RestartAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var stepId = action.Data.OptionalString("step");
        if (stepId is not null && knowledge.FindStep(stepId) is null) stepId = null;
        return ChangeAsync(turn, action, (dialog, _) =>
        {
            if (dialog.SuccessorId is not null) return null;
            var org = organization.Current;
            var created = dialogs.NewDialog(dialog.OwnerAadObjectId, stepId, org.IsSmallBusiness, IsLearner(org, dialog.OwnerAadObjectId));
            var old = dialog with { SuccessorId = created.Id, Status = dialog.Status.IsOpen() ? AssessmentStatus.Cancelled : dialog.Status };
            return new DialogTransition(old, [], Created: created);
        });
    }

    private Decide ChooseStep(AdaptiveCardAction action) => (dialog, _) =>
    {
        var stepId = action.Data.OptionalString("step");
        if (dialog.Status is not (AssessmentStatus.ChoosingStep or AssessmentStatus.ChoosingPattern) || stepId is null || knowledge.FindStep(stepId) is null)
            return null;
        return new DialogTransition(dialog with { StepId = stepId, PatternId = null, Status = AssessmentStatus.ChoosingPattern, Position = 0 }, []);
    };

    private Decide ChoosePattern(AdaptiveCardAction action) => (dialog, _) =>
    {
        var patternId = action.Data.OptionalString("pattern");
        if (dialog.Status != AssessmentStatus.ChoosingPattern || AssessmentPlan.Create(knowledge, dialog.StepId, patternId) is null) return null;
        var sme = action.Data.OptionalInput(LifecycleVerbs.SmeInput) is { } value
            ? string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
            : dialog.SmallBusiness;
        return new DialogTransition(dialog with { PatternId = patternId, SmallBusiness = sme, Status = AssessmentStatus.Answering, Position = 0 }, []);
    };

    private DialogTransition? Skip(AssessmentDialog dialog, IReadOnlyDictionary<string, RecordedAnswer> answers) =>
        dialog.Status == AssessmentStatus.Answering && AssessmentPlan.Create(knowledge, dialog.StepId, dialog.PatternId) is { } plan
            ? Advance(dialog, plan, answers, [])
            : null;

    private static DialogTransition? Cancel(AssessmentDialog dialog, IReadOnlyDictionary<string, RecordedAnswer> answers) =>
        dialog.Status.IsOpen() ? new DialogTransition(dialog with { Status = AssessmentStatus.Cancelled }, []) : null;

    // Next and Back save the answers of the step shown (validated first), then move.
    private async Task<InvokeResponse> AnswerAsync(TurnContext turn, AdaptiveCardAction action, bool forward)
    {
        var locale = turn.Locale;
        string? problem = null;
        IReadOnlyList<RecordedAnswer> typed = [];
        var response = await ChangeAsync(turn, action, (dialog, answers) =>
        {
            if (dialog.Status == AssessmentStatus.ChoosingPattern && !forward)
                return new DialogTransition(MovedBack(dialog)!, []);
            if (dialog.Status != AssessmentStatus.Answering || AssessmentPlan.Create(knowledge, dialog.StepId, dialog.PatternId) is not { } plan) return null;
            (typed, problem) = ReadAnswers(action.Data, plan.Steps[Math.Clamp(dialog.Position, 0, plan.Count - 1)], locale);
            if (problem is not null) return null;
            return forward ? Advance(dialog, plan, answers, typed) : new DialogTransition(MovedBack(dialog)!, typed);
        });
        if (problem is null) return response;

        // A validation problem: the same step again, with what was typed and the message; nothing was stored.
        var id = LifecycleVerbs.DialogId(action.Data);
        if (await dialogs.GetAsync(id, turn.CancellationToken) is not { } current
            || AssessmentPlan.Create(knowledge, current.StepId, current.PatternId) is not { } again)
            return response;
        var shown = (await dialogs.GetAnswersAsync(id, turn.CancellationToken)).ToDictionary();
        foreach (var answer in typed) shown[answer.CountermeasureId] = answer;
        return AdaptiveCardResponses.Card(ProcessStepCard.Build(current, again, knowledge, shown, problem, locale));
    }

    // One step back, as the back button and a typed 「戻る」 both go: step → pattern → lifecycle step.
    private static AssessmentDialog? MovedBack(AssessmentDialog dialog) => dialog.Status switch
    {
        AssessmentStatus.ChoosingPattern => dialog with { StepId = null, Status = AssessmentStatus.ChoosingStep },
        AssessmentStatus.Answering when dialog.Position > 0 => dialog with { Position = dialog.Position - 1 },
        AssessmentStatus.Answering => dialog with { PatternId = null, Status = AssessmentStatus.ChoosingPattern, Position = 0 },
        _ => null,
    };

    private DialogTransition Advance(AssessmentDialog dialog, AssessmentPlan plan, IReadOnlyDictionary<string, RecordedAnswer> stored, IReadOnlyList<RecordedAnswer> typed)
    {
        if (dialog.Position + 1 < plan.Count) return new DialogTransition(dialog with { Position = dialog.Position + 1 }, typed);
        var merged = stored.ToDictionary();
        foreach (var answer in typed) merged[answer.CountermeasureId] = answer;
        var report = GapReportBuilder.Build(knowledge, plan, dialog.SmallBusiness, merged);
        return new DialogTransition(dialog with { Status = AssessmentStatus.Finished, FinishedAt = time.GetUtcNow() }, typed, AnswerCounts.From(report));
    }

    private static (IReadOnlyList<RecordedAnswer> Answers, string? Problem) ReadAnswers(CardData data, Domain.Knowledge.ProcessStep step, string? locale)
    {
        var answers = new List<RecordedAnswer>();
        string? problem = null;
        foreach (var countermeasure in step.Countermeasures)
        {
            var parsed = AssessmentAnswers.Parse(data.OptionalInput(LifecycleVerbs.AnswerPrefix + countermeasure.Id));
            // Notes arrive masked by the turn pipeline; masking again costs nothing and guards any other path.
            var note = MyNumberGuard.Mask(data.OptionalInput(LifecycleVerbs.NotePrefix + countermeasure.Id)?.Trim()).Text;
            if (parsed is null) problem ??= LifecycleTexts.Get("Guide_Invalid", locale);
            if (note.Length > ProcessStepCard.MaxNoteLength) problem ??= LifecycleTexts.Format("Guide_NoteTooLong", locale, ProcessStepCard.MaxNoteLength);
            answers.Add(new RecordedAnswer(countermeasure.Id, parsed ?? AssessmentAnswer.Unanswered, note.Length == 0 ? null : note));
        }
        return (answers, problem);
    }
}
