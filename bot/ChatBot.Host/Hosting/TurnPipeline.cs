using ChatBot.Domain;
using ChatBot.Host.Diagnostics;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Runs before every route: masks My Numbers in what the user typed (before anything stores or logs it) and
/// tells them, and remembers the conversation so the bot can reach the user proactively later. Also words, in the
/// user's language, the 400 the router answers when a card sends data a verb cannot read.
/// </summary>
public sealed class TurnPipeline(ConversationReferences references, BotIdentity bot, SplitNumberWindow splitNumbers) : IBotFeature
{
    public void Map(ActivityRouter router) => router.OnInvalidCardData(turn => BotTexts.Get("Error_InvalidCardData", turn.Locale)).Use(async (turn, next) =>
    {
        Telemetry.Turns.Add(1, new KeyValuePair<string, object?>("type", turn.Activity.Type));
        // Answer in the language the user writes in, whatever the client's locale (the Playground always sends en-US);
        // a click, a one-word command or an empty message keeps the language the user last wrote in, else the client's.
        var written = turn.Activity.Type == ActivityTypes.Message ? UserLanguage.FromText(turn.Activity.Text) : null;
        if (written is not null) references.RememberWritten(turn.Activity, written);
        turn.UseLocale(written ?? references.LastWrittenLocale(turn.Activity));
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
    });
}
