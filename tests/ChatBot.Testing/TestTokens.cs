using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Testing;

/// <summary>
/// Locally minted RSA keys and tokens plus the OpenID metadata/JWKS documents that publish them,
/// shaped like login.botframework.com and login.microsoftonline.com. Serve <see cref="Handler"/> as the primary
/// handler of the bot's OpenID metadata HttpClient; no network is used.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string AppId = "0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string OtherTenantId = "99999999-8888-7777-6666-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/jp/";
    public const string BotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkKeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    // Shared by all tests: generating RSA keys is the slow part.
    private static readonly RSA _teamsRsa = RSA.Create(2048);
    private static readonly RSA _otherChannelRsa = RSA.Create(2048);
    private static readonly RSA _entraRsa = RSA.Create(2048);
    private static readonly RSA _unpublishedRsa = RSA.Create(2048);

    public TestTokens()
    {
        Handler.Serve(BotFrameworkMetadataUrl, new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = BotFrameworkKeysUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString());
        Handler.Serve(BotFrameworkKeysUrl, new JsonObject
        {
            ["keys"] = new JsonArray(Jwk(_teamsRsa, "teams-key", ["msteams", "emulator"]), Jwk(_otherChannelRsa, "skype-key", ["skype"])),
        }.ToJsonString());

        var entraMetadata = $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";
        var entraKeys = $"https://login.microsoftonline.com/{TenantId}/discovery/v2.0/keys";
        Handler.Serve(entraMetadata, new JsonObject
        {
            ["issuer"] = $"https://login.microsoftonline.com/{TenantId}/v2.0",
            ["jwks_uri"] = entraKeys,
        }.ToJsonString());
        Handler.Serve(entraKeys, new JsonObject { ["keys"] = new JsonArray(Jwk(_entraRsa, "entra-key", null)) }.ToJsonString());
    }

    public StubHttpHandler Handler { get; } = new();

    public string BotFramework(
        string? serviceUrl = ServiceUrl,
        string audience = AppId,
        string issuer = "https://api.botframework.com",
        TimeSpan? expiresIn = null,
        string key = "teams-key")
    {
        var claims = new Dictionary<string, object> { ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var rsa = key switch { "teams-key" => _teamsRsa, "skype-key" => _otherChannelRsa, _ => _unpublishedRsa };
        return Mint(issuer, audience, claims, rsa, key, expiresIn ?? TimeSpan.FromHours(1));
    }

    public const string OtherAppId = "7a7a7a7a-1b1b-2c2c-3d3d-4e4e4e4e4e4e";

    /// <summary>An Entra token for this bot; the calling application is in <c>azp</c> (v2) or <c>appid</c> (v1), none when null.</summary>
    public string Entra(string issuerTenant = TenantId, string tidClaim = TenantId, bool v2 = true, string? callerAppId = AppId)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tidClaim };
        if (callerAppId is not null)
        {
            claims[v2 ? "azp" : "appid"] = callerAppId;
        }

        return Mint(
            v2 ? $"https://login.microsoftonline.com/{issuerTenant}/v2.0" : $"https://sts.windows.net/{issuerTenant}/",
            AppId,
            claims,
            _entraRsa,
            "entra-key",
            TimeSpan.FromHours(1));
    }

    public void Dispose()
    {
        Handler.Dispose();
    }

    private static string Mint(string issuer, string audience, Dictionary<string, object> claims, RSA rsa, string kid, TimeSpan expiresIn)
    {
        var now = DateTime.UtcNow;
        var expires = now + expiresIn;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    private static JsonObject Jwk(RSA rsa, string kid, string[]? endorsements)
    {
        var p = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }
}
