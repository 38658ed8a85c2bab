using ChatBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Proactive;

/// <summary>
/// The bot's channel id for creating conversations: <c>28:{AppId}</c> in production; in local anonymous mode
/// (no app id) the id the emulator addressed the bot with, remembered from inbound activities.
/// </summary>
public sealed class BotIdentity(IOptions<BotAuthenticationOptions> options)
{
    private volatile string? _seen;

    public string? BotId => string.IsNullOrWhiteSpace(options.Value.AppId) ? _seen : options.Value.AppId;

    public void Remember(string? recipientId)
    {
        if (!string.IsNullOrWhiteSpace(recipientId)) _seen = recipientId;
    }
}
