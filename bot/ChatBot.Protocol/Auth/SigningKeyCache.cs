using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace ChatBot.Protocol.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL (Bot Framework, and one per Entra tenant).
/// The manager caches, refreshes on a schedule and rate-limits forced refreshes after an unknown <c>kid</c>.
/// </summary>
internal sealed class SigningKeyCache(IHttpClientFactory httpClientFactory, IOptions<BotAuthenticationOptions> options)
{
    /// <summary>Name of the HttpClient used for metadata and keys (tests swap its handler).</summary>
    public const string HttpClientName = "BotOpenIdMetadata";

    private readonly ConcurrentDictionary<string, ConfigurationManager<SigningKeySet>> _managers = new(StringComparer.OrdinalIgnoreCase);

    public Task<SigningKeySet> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    private ConfigurationManager<SigningKeySet> Manager(string metadataUrl) =>
        _managers.GetOrAdd(metadataUrl, url => new ConfigurationManager<SigningKeySet>(
            url,
            new SigningKeyRetriever(),
            new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true })
        {
            AutomaticRefreshInterval = options.Value.SigningKeyRefreshInterval,
        });
}
