using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Auth;

/// <summary>
/// Remembered serviceUrls, the configured host allow-list (https only) and the configured service URLs. In anonymous
/// mode only loopback URLs (the local Playground/emulator connector) are trusted, and no token is attached anyway.
/// Outside it a loopback URL is trusted only when configured: any process on the bot's host could listen there.
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<BotAuthenticationOptions> options) : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _remembered = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && (options.Value.IsAnonymousMode || !IsLoopback(uri)))
        {
            _remembered.TryAdd(Normalize(uri), 0);
        }
    }

    public bool IsTrusted(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http"))
        {
            return false;
        }

        if (options.Value.IsAnonymousMode)
        {
            return IsLoopback(uri);
        }

        var target = Normalize(uri);
        if (_remembered.Keys.Any(prefix => IsUnder(target, prefix))
            || options.Value.TrustedServiceUrls.Any(configured =>
                Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var prefix) && IsUnder(target, Normalize(prefix))))
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && !IsLoopback(uri)
            && options.Value.AllowedServiceUrlHosts.Any(p => HostMatches(uri.IdnHost, p));
    }

    // A prefix match on a path-segment boundary: ".../amer" trusts ".../amer/v3/...", not ".../americas".
    private static bool IsUnder(string target, string prefix) =>
        target.Equals(prefix, StringComparison.OrdinalIgnoreCase)
        || target.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool HostMatches(string host, string pattern)
    {
        pattern = pattern.Trim();
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(Uri uri) =>
        $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}{uri.AbsolutePath.TrimEnd('/')}".ToLowerInvariant();
}
