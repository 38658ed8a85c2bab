using ChatBot.Host.Storage;
using ChatBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Proactive;

/// <summary>
/// The bot's channel id for creating conversations: <c>28:{AppId}</c> in production. In local anonymous mode (no app
/// id) it is <c>Proactive:BotId</c> when set, else the id the emulator last addressed the bot with: remembered from
/// inbound activities and, after a restart, read back from the stored conversation references, so a restarted
/// instance can message people who never wrote before anyone writes to it.
/// </summary>
public sealed class BotIdentity(
    IOptions<BotAuthenticationOptions> options, IOptions<ProactiveOptions>? proactive = null, ConversationReferenceStore? references = null)
{
    private volatile string? _seen;

    public string? BotId => string.IsNullOrWhiteSpace(options.Value.AppId) ? _seen ?? Configured : options.Value.AppId;

    private string? Configured => string.IsNullOrWhiteSpace(proactive?.Value.BotId) ? null : proactive.Value.BotId;

    public void Remember(string? recipientId)
    {
        if (!string.IsNullOrWhiteSpace(recipientId)) _seen = recipientId;
    }

    /// <summary><see cref="BotId"/>, or in anonymous mode with nothing seen or set yet, the id stored with the latest conversation.</summary>
    public async ValueTask<string?> ResolveAsync(CancellationToken cancellationToken)
    {
        if (BotId is { } known || references is null) return BotId;
        var stored = await references.LatestBotIdAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(stored) && _seen is null) _seen = stored;
        return BotId;
    }
}
