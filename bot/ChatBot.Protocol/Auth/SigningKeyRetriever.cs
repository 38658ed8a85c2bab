using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Protocol.Auth;

/// <summary>
/// Reads the metadata document, then its <c>jwks_uri</c>. Parsed by hand because the stock
/// <see cref="JsonWebKey"/> does not surface the Bot Framework's <c>endorsements</c> reliably.
/// </summary>
internal sealed class SigningKeyRetriever : IConfigurationRetriever<SigningKeySet>
{
    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        using var metadata = JsonDocument.Parse(await retriever.GetDocumentAsync(address, cancel));
        var jwksUri = ReadString(metadata.RootElement, "jwks_uri")
            ?? throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");

        using var jwks = JsonDocument.Parse(await retriever.GetDocumentAsync(jwksUri, cancel));
        var keys = new List<SigningKey>();
        if (jwks.RootElement.TryGetProperty("keys", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in array.EnumerateArray())
            {
                keys.Add(new SigningKey(new JsonWebKey(element.GetRawText()), ReadEndorsements(element)));
            }
        }

        return new SigningKeySet(ReadString(metadata.RootElement, "issuer"), keys);
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in endorsements.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } channel)
                {
                    set.Add(channel);
                }
            }
        }

        return set;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
