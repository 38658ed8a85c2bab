namespace ChatBot.Protocol.Auth;

/// <summary>
/// Which serviceUrls may receive the bot's token. A forged serviceUrl would otherwise collect a token
/// good for acting as the bot, so only authenticated ones and an allow-list of Microsoft hosts qualify.
/// </summary>
public interface IServiceUrlTrust
{
    /// <summary>Trust a serviceUrl taken from an authenticated activity or from a stored reference of one.</summary>
    void Remember(string serviceUrl);

    /// <summary>Whether a request to <paramref name="uri"/> (a serviceUrl or any URL under it) may be sent.</summary>
    bool IsTrusted(Uri uri);
}
