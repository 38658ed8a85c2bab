namespace ChatBot.Protocol.Clients;

/// <summary>Thrown instead of sending the bot's token to a serviceUrl no authenticated activity vouched for.</summary>
public sealed class UntrustedServiceUrlException(Uri serviceUrl)
    : InvalidOperationException($"Refusing to call untrusted serviceUrl host '{serviceUrl.Host}'.")
{
    public Uri ServiceUrl { get; } = serviceUrl;
}
