using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using ChatBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Clients;

/// <summary>
/// Client-credentials token for <c>https://api.botframework.com</c> via Azure.Identity (secret, certificate or
/// managed identity). Cached and renewed 5 minutes before expiry; one fetch at a time.
/// </summary>
internal sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> options, TimeProvider time)
        : this(CreateCredential(options.Value), time)
    {
    }

    internal BotTokenProvider(TokenCredential? credential, TimeProvider time)
    {
        _credential = credential;
        _time = time;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } again)
            {
                return again;
            }

            var fetched = await _credential.GetTokenAsync(new TokenRequestContext([AuthConstants.BotFrameworkScope]), cancellationToken);
            _cached = new CachedToken(fetched.Token, fetched.ExpiresOn);
            return fetched.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    private string? Fresh(CachedToken? token) =>
        token is not null && token.ExpiresOn - RefreshMargin > _time.GetUtcNow() ? token.Token : null;

    /// <summary>
    /// The bot's own app credential (secret, certificate or managed identity), or null in anonymous mode. Other
    /// APIs the same app registration may call (e.g. Microsoft Graph) use it too.
    /// </summary>
    internal static TokenCredential? CreateCredential(BotAuthenticationOptions o)
    {
        if (o.IsAnonymousMode)
        {
            return null;
        }

        // Multi-tenant registrations get their token from the botframework.com tenant; single-tenant from their own.
        var tenant = string.IsNullOrWhiteSpace(o.TenantId) ? AuthConstants.BotFrameworkTenant : o.TenantId;
        if (o.UseManagedIdentity)
        {
            return string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
        }

        if (!string.IsNullOrEmpty(o.CertificatePath))
        {
            var options = new ClientCertificateCredentialOptions { SendCertificateChain = true };
            return string.IsNullOrEmpty(o.CertificatePassword)
                ? new ClientCertificateCredential(tenant, o.AppId, o.CertificatePath, options)
                : new ClientCertificateCredential(tenant, o.AppId,
                    X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword), options);
        }

        if (!string.IsNullOrEmpty(o.CertificateThumbprint))
        {
            return new ClientCertificateCredential(tenant, o.AppId, FindCertificate(o.CertificateThumbprint));
        }

        return new ClientSecretCredential(tenant, o.AppId, o.Secret);
    }

    private static X509Certificate2 FindCertificate(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"No certificate with thumbprint {thumbprint} in the My stores.");
    }

    // A reference, so a reader on another thread sees either the old or the new token, never a torn struct.
    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
