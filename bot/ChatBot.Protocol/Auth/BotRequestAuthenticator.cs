using System.Security.Claims;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Protocol.Auth;

/// <summary>
/// Validates inbound tokens per the Bot Framework connector authentication rules. The validation path
/// (Bot Framework or Entra ID) is chosen by the unvalidated <c>iss</c>; everything is then fully validated.
/// Fails closed: anything unexpected is a 401.
/// </summary>
internal sealed class BotRequestAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    SigningKeyCache keys,
    ILogger<BotRequestAuthenticator> logger) : IBotRequestAuthenticator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BotAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = ReadBearer(authorizationHeader);
        if (settings.IsAnonymousMode)
        {
            // A token we cannot check must not be mistaken for a checked one.
            return string.IsNullOrEmpty(authorizationHeader)
                ? BotAuthResult.Success(null)
                : BotAuthResult.Unauthorized("A token was sent, but no AppId is configured to validate it.");
        }

        if (token is null)
        {
            return BotAuthResult.Unauthorized("Missing bearer token.");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return BotAuthResult.Unauthorized("Malformed token.");
        }

        var issuer = unvalidated.Issuer;
        if (string.Equals(issuer, AuthConstants.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return await ValidateBotFrameworkAsync(token, unvalidated, activity, settings, cancellationToken);
        }

        if (EntraIssuer.TryGetTenant(issuer, out var tenant) && IsTrustedTenant(tenant, settings))
        {
            return await ValidateEntraAsync(token, unvalidated, tenant, activity, settings, cancellationToken);
        }

        return BotAuthResult.Unauthorized("Untrusted issuer.");
    }

    private async Task<BotAuthResult> ValidateBotFrameworkAsync(
        string token, JsonWebToken unvalidated, Activity activity, BotAuthenticationOptions settings, CancellationToken ct)
    {
        var url = settings.OpenIdMetadataUrl;
        var keySet = await GetKeysAsync(url, unvalidated.Kid, ct);
        if (keySet is null)
        {
            return BotAuthResult.Unauthorized("Signing keys unavailable.");
        }

        var result = await ValidateAsync(token, [AuthConstants.BotFrameworkIssuer], keySet, settings);
        if (!result.IsValid)
        {
            return Invalid(result);
        }

        // Endorsements bind a key to channels: a key Microsoft uses for another channel must not speak for msteams.
        var key = keySet.Find(unvalidated.Kid);
        if (key is null || string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
        {
            return BotAuthResult.Forbidden($"Signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        return CheckServiceUrl(result.ClaimsIdentity, activity, required: true);
    }

    private async Task<BotAuthResult> ValidateEntraAsync(
        string token, JsonWebToken unvalidated, string tenant, Activity activity, BotAuthenticationOptions settings, CancellationToken ct)
    {
        var url = settings.EntraOpenIdMetadataUrlTemplate.Replace("{tenantId}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        var keySet = await GetKeysAsync(url, unvalidated.Kid, ct);
        if (keySet is null)
        {
            return BotAuthResult.Unauthorized("Signing keys unavailable.");
        }

        var result = await ValidateAsync(token, EntraIssuer.For(tenant), keySet, settings);
        if (!result.IsValid)
        {
            return Invalid(result);
        }

        var tid = result.ClaimsIdentity.FindFirst(AuthConstants.TenantIdClaim)?.Value;
        if (!string.Equals(tid, tenant, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Unauthorized("Token tenant does not match its issuer.");
        }

        // Any application registered in a trusted tenant can obtain a token whose audience is this bot; only the
        // calling application (azp in v2, appid in v1) tells them apart. Accept the bot itself and the configured
        // callers, as the Bot Framework does for skill and Entra tokens.
        var caller = CallerAppId(result.ClaimsIdentity);
        if (caller is null || !IsAllowedCaller(caller, settings))
        {
            return BotAuthResult.Unauthorized($"Token caller '{caller ?? "(none)"}' is not an allowed application.");
        }

        // Entra (agent) tokens may carry no serviceurl; when they do, it must match.
        return CheckServiceUrl(result.ClaimsIdentity, activity, required: false);
    }

    private async Task<SigningKeySet?> GetKeysAsync(string metadataUrl, string? kid, CancellationToken ct)
    {
        try
        {
            var keySet = await keys.GetAsync(metadataUrl, ct);
            if (kid is not null && keySet.Find(kid) is null)
            {
                // Keys rotate: ask for a refresh (rate-limited by the manager) and look once more.
                keys.RequestRefresh(metadataUrl);
                keySet = await keys.GetAsync(metadataUrl, ct);
            }

            return keySet;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SigningKeysUnavailable(logger, metadataUrl, ex);
            return null;
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, string[] issuers, SigningKeySet keySet, BotAuthenticationOptions settings) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = [settings.AppId, $"api://{settings.AppId}", $"api://botid-{settings.AppId}"],
            IssuerSigningKeys = keySet.Keys.Select(k => k.Key),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = settings.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
        });

    private BotAuthResult Invalid(TokenValidationResult result)
    {
        Log.TokenRejected(logger, result.Exception?.GetType().Name ?? "unknown", result.Exception?.Message);
        return BotAuthResult.Unauthorized(result.Exception switch
        {
            SecurityTokenExpiredException or SecurityTokenNotYetValidException => "Token expired or not yet valid.",
            SecurityTokenInvalidAudienceException => "Token audience is not this bot.",
            SecurityTokenInvalidIssuerException => "Token issuer is not trusted.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "Token signature is invalid.",
            _ => "Token is invalid.",
        });
    }

    private static BotAuthResult CheckServiceUrl(ClaimsIdentity identity, Activity activity, bool required)
    {
        var claim = identity.FindFirst(AuthConstants.ServiceUrlClaim)?.Value;
        if (claim is null && !required)
        {
            return BotAuthResult.Success(identity);
        }

        // The serviceUrl is where the bot will send its token; only the signed claim may vouch for it.
        return string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(claim)
            ? BotAuthResult.Success(identity, serviceUrlVerified: true)
            : BotAuthResult.Unauthorized("Token serviceurl does not match the activity.");
    }

    private static string? CallerAppId(ClaimsIdentity identity) =>
        identity.FindFirst(AuthConstants.AuthorizedPartyClaim)?.Value is { Length: > 0 } azp
            ? azp
            : identity.FindFirst(AuthConstants.AppIdClaim)?.Value is { Length: > 0 } appId ? appId : null;

    private static bool IsAllowedCaller(string caller, BotAuthenticationOptions settings) =>
        string.Equals(caller, settings.AppId, StringComparison.OrdinalIgnoreCase)
        || settings.AllowedCallerAppIds.Contains(caller, StringComparer.OrdinalIgnoreCase);

    private static bool IsTrustedTenant(string tenant, BotAuthenticationOptions settings) =>
        string.Equals(tenant, settings.TenantId, StringComparison.OrdinalIgnoreCase)
        || settings.TrustedEntraTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase);

    private static string? ReadBearer(string? header)
    {
        const string Prefix = "Bearer ";
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Prefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }
}
