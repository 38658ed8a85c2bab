using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Auth;

/// <summary>Decides whether an inbound activity really comes from the Bot Framework (or Entra ID) for this bot.</summary>
public interface IBotRequestAuthenticator
{
    Task<BotAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
