using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;
using ChatBot.Host.Cards;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Features.Conversation;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.CorrectiveActionList;

/// <summary>
/// Where owners close the corrective actions that inspections' NO answers and assessments' gaps created: a list of
/// their open actions, each closed from the card with a required note. Who may close is decided by the shared
/// service from the clicker's AAD id, never from the card.
/// </summary>
public sealed class CorrectiveActionFeature(CorrectiveActionStore store, CorrectiveActionService service, TimeProvider time) : IBotFeature, IBotCommandSource
{
    private static readonly BotCommand List = new("corrective-actions", "Feature_CorrectiveActions_Title", "Feature_CorrectiveActions_Description", null,
        ["是正措置", "是正措置一覧", "corrective actions", "actions"], "") { Groups = [HelpGroup.Handlers, HelpGroup.Managers] };

    private static readonly ChangeNoticeKeys Notices = new(Done: "Completed", NotFound: "NotFound", Forbidden: "NotAuthorized", Stale: "Conflict");

    public IEnumerable<BotCommand> Commands { get; } = [List];

    public void Map(ActivityRouter router)
    {
        router.OnMessage(turn => List.Matches(turn.Activity.RemoveRecipientMention()), SendListAsync);
        router.OnAdaptiveCardAction(CorrectiveActionListCard.CompleteVerb, CompleteAsync);
    }

    private async Task SendListAsync(TurnContext turn)
    {
        var card = CorrectiveActionListCard.Build(await OpenActionsAsync(turn), JapanTime.Today(time), turn.Locale);
        await turn.SendAsync(MessageBuilder.Card(card).WithLocale(turn.Locale).Build());
    }

    private async Task<InvokeResponse> CompleteAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId ?? "";
        var id = action.Data.RequiredString("id");
        var version = action.Data.RequiredInt("version");
        var note = action.Data.OptionalInput($"note-{id}")?.Trim();

        var change = await service.ChangeStatusAsync(id, actor, CorrectiveActionStatus.Done, note, version, turn.CancellationToken);
        // Rejections carry the refusal name (NoteRequired, InvalidTransition), which is also its text key.
        var notice = CorrectiveActionTexts.Format(change.KeyFor(Notices), locale, id);
        return AdaptiveCardResponses.Card(CorrectiveActionListCard.Build(await OpenActionsAsync(turn), JapanTime.Today(time), locale, notice));
    }

    private async Task<IReadOnlyList<CorrectiveAction>> OpenActionsAsync(TurnContext turn) =>
        (await store.ListByOwnerAsync(turn.Activity.From?.AadObjectId ?? "", turn.CancellationToken))
            .Where(a => !a.IsClosed).OrderBy(a => a.DueDate).ToList();
}
