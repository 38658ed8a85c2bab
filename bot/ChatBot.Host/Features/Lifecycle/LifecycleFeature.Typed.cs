using System.Text.Json.Nodes;
using ChatBot.Host.Features.Conversation;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Lifecycle;

public sealed partial class LifecycleFeature
{
    /// <summary>Typing 「キャンセル」 instead of pressing 中止: not a help-card command, so it is not in <see cref="Commands"/>.</summary>
    internal static readonly BotCommand TypedCancel = new("guide-cancel", "Guide_Cancel", "Guide_Cancel", null,
        ["キャンセル", "きゃんせる", "中止", "中止します", "やめる", "やめます", "やめたい", "止める", "cancel", "stop", "quit"], "");

    // The open guide is cancelled exactly as its button would: the same owner and version checks, through ChangeAsync
    // with the version the store holds now, and the card that button would show comes back as a message.
    private async Task CancelTypedAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var open = actor is null ? null : await dialogs.FindOpenAsync(actor, turn.CancellationToken);
        if (open is null)
        {
            await turn.SendAsync(MessageBuilder.Text(LifecycleTexts.Get("Guide_NothingToCancel", locale)).WithLocale(locale).Build());
            return;
        }

        var response = await ChangeAsync(turn, new AdaptiveCardAction(LifecycleVerbs.Cancel, new CardData(LifecycleVerbs.Data(open)), null, null), Cancel);
        if (response.Body is JsonObject { } body && body["value"] is JsonObject card)
            await turn.SendAsync(MessageBuilder.Card(card).WithLocale(locale).WithSummary(LifecycleTexts.Get("Guide_Title", locale)).Build());
    }
}
