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
/// tells them, and remembers the conversation so the bot can reach the user proactively later.
/// </summary>
public sealed class TurnPipeline(ConversationReferences references, BotIdentity bot, SplitNumberWindow splitNumbers) : IBotFeature
{
    public void Map(ActivityRouter router) => router.Use(async (turn, next) =>
    {
        Telemetry.Turns.Add(1, new KeyValuePair<string, object?>("type", turn.Activity.Type));
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
            await references.RememberAsync(turn.Activity, turn.CancellationToken);
        await next();
    });
}
