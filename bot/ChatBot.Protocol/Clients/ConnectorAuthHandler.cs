using System.Net.Http.Headers;
using ChatBot.Protocol.Auth;

namespace ChatBot.Protocol.Clients;

/// <summary>
/// Adds the bot token to connector requests, after checking the target is a trusted serviceUrl.
/// The check sits here, next to the token, so no code path can attach the token without it.
/// </summary>
internal sealed class ConnectorAuthHandler(IBotTokenProvider tokens, IServiceUrlTrust trust) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("Connector request without a URI.");
        if (!trust.IsTrusted(uri))
        {
            throw new UntrustedServiceUrlException(uri);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
