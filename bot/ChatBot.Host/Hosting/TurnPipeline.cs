using ChatBot.Domain;
using ChatBot.Host.Diagnostics;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Host.Resources;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Runs before every route: masks My Numbers in what the user typed (before anything stores or logs it) and
/// tells them, and remembers the conversation so the bot can reach the user proactively later. Also words, in the
/// user's language, the 400 the router answers when a card sends data a verb cannot read. Stored data that cannot be
/// read, whichever feature met it, ends the turn with an apology rather than silence.
/// </summary>
public sealed class TurnPipeline(ConversationReferences references, BotIdentity bot, SplitNumberWindow splitNumbers, ILogger<TurnPipeline> logger) : IBotFeature
{
    public void Map(ActivityRouter router) => router.OnInvalidCardData(turn => BotTexts.Get("Error_InvalidCardData", turn.Locale)).Use(async (turn, next) =>
    {
        try
        {
            await RunAsync(turn, next);
        }
        catch (UnreadableRowException e)
        {
            Log.RowUnreadable(logger, e.Table, e.Key, e);
            await ApologizeAsync(turn);
        }
        catch (Exception e) when (SqliteIntegrityCheck.IsDamage(e))
        {
            Log.DatabaseDamagedDuringTurn(logger, e.Message, e);
            await ApologizeAsync(turn);
        }
    });

    private async Task RunAsync(TurnContext turn, Func<Task> next)
    {
        Telemetry.Turns.Add(1, new KeyValuePair<string, object?>("type", turn.Activity.Type));
        // Answer in the language the user writes in, whatever the client's locale (the Playground always sends en-US);
        // a click, a one-word command or an empty message keeps the language the user last wrote in, else the client's.
        var written = turn.Activity.Type == ActivityTypes.Message ? UserLanguage.FromText(turn.Activity.Text) : null;
        turn.UseLocale(references.WrittenLocale(turn.Activity, written));
        var masked = InboundGuard.Apply(turn.Activity, splitNumbers);
        if (masked > 0)
        {
            Telemetry.MyNumbersMasked.Add(masked);
            turn.Services.GetRequiredService<TurnPrivacy>().MaskedCount = masked;
            // Invokes answer in their own card; a message gets the warning as its own reply first.
            if (turn.Activity.Type == ActivityTypes.Message)
                await turn.SendAsync(MessageBuilder.Text(BotTexts.Get("MyNumber_Masked", turn.Locale)).WithLocale(turn.Locale).Build());
        }

        bot.Remember(turn.Activity.Recipient?.Id);
        if (turn.Activity.Type != ActivityTypes.InstallationUpdate || turn.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) != false)
            await references.RememberAsync(turn.Activity, turn.Locale, turn.CancellationToken);
        await next();
    }

    // A card click answers in the invoke response; a message in the chat. Other activities (installs, reactions, the
    // feedback invoke, which must answer an empty 200) have nobody waiting for an answer: the log line is the whole report.
    private static async Task ApologizeAsync(TurnContext turn)
    {
        var text = BotTexts.Get("Error_StoredDataUnreadable", turn.Locale);
        if (turn.Activity.Type == ActivityTypes.Invoke && turn.Activity.Name == InvokeNames.AdaptiveCardAction)
            turn.InvokeResponse = AdaptiveCardResponses.Message(text);
        else if (turn.Activity.Type == ActivityTypes.Message)
            await turn.SendAsync(MessageBuilder.Text(text).WithLocale(turn.Locale).Build());
    }
}
