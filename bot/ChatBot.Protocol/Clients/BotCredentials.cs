using Azure.Core;
using ChatBot.Protocol.Auth;

namespace ChatBot.Protocol.Clients;

/// <summary>The bot app registration's credential, for other APIs the same registration may call (e.g. Microsoft Graph).</summary>
public static class BotCredentials
{
    /// <returns>Null in anonymous mode (no app id).</returns>
    public static TokenCredential? Create(BotAuthenticationOptions options) => BotTokenProvider.CreateCredential(options);
}
