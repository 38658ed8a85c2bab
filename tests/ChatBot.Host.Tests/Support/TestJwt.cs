using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Host.Tests.Support;

/// <summary>
/// A locally minted RSA key published through OpenID metadata and a JWKS shaped like login.botframework.com
/// (the key endorsed for <c>msteams</c>), and Bot Framework tokens signed with it. No network is used.
/// </summary>
public sealed class TestJwt : HttpMessageHandler
{
    public const string AppId = "0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "test-teams-key";

    // Generating RSA keys is the slow part: one for the whole run.
    private static readonly RSA Rsa = RSA.Create(2048);

    public string Token(string? serviceUrl, string audience = AppId, TimeSpan? expiresIn = null)
    {
        var claims = new Dictionary<string, object> { ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" };
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var json = request.RequestUri!.AbsoluteUri switch
        {
            MetadataUrl => new JsonObject { ["issuer"] = Issuer, ["jwks_uri"] = KeysUrl, ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") },
            KeysUrl => new JsonObject { ["keys"] = new JsonArray(Jwk()) },
            _ => null,
        };
        return Task.FromResult(json is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json") });
    }

    protected override void Dispose(bool disposing) => base.Dispose(false);

    private static JsonObject Jwk()
    {
        var p = Rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
    }
}
