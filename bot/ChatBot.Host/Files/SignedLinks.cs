using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Files;

/// <summary>
/// Signs and checks the links to files the bot serves (workbooks, report drafts): HMAC-SHA256 over purpose, resource
/// id, user and expiry with one server key (<c>Files:SigningKey</c>, or one generated once and kept in the database).
/// A link only proves who it was made for; every endpoint checks again whether that user may still have the file.
/// </summary>
public sealed class SignedLinks(IOptions<FileLinkOptions> options, SigningKeyStore keys, TimeProvider time)
{
    private const string KeyName = "file-links";
    private const int MaxExpiryDigits = 12;
    private volatile byte[]? _key;

    /// <param name="purpose">What the file is (e.g. <c>assessment-workbook</c>): a link for one kind never opens another.</param>
    /// <param name="path">The path the endpoint serves the resource on, already escaped.</param>
    public async Task<SignedLink> CreateAsync(string purpose, string resourceId, string path, string user, string? locale, CancellationToken ct)
    {
        if (!Signable(purpose) || !Signable(resourceId) || !Signable(user)) throw new ArgumentException("Link parts must be non-empty single-line text.");
        var lifetime = options.Value.LinkLifetime;
        var expires = time.GetUtcNow() + lifetime;
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sig = Sign(await KeyAsync(ct), purpose, resourceId, user, exp);
        var url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}{path}?u={Uri.EscapeDataString(user)}&exp={exp}&sig={sig}"
            + (Domain.UserLanguage.IsEnglish(locale) ? "&lang=en" : "");
        return new SignedLink(url, lifetime);
    }

    /// <summary>The signature is checked before the expiry, so an edited expiry is Invalid, not Expired.</summary>
    public async Task<SignedLinkCheck> CheckAsync(string purpose, string resourceId, string? user, string? exp, string? sig, CancellationToken ct)
    {
        if (!Signable(resourceId) || !Signable(user) || string.IsNullOrEmpty(sig) || exp is not { Length: > 0 and <= MaxExpiryDigits }
            || !long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expSeconds))
            return SignedLinkCheck.Invalid;
        var expected = Encoding.ASCII.GetBytes(Sign(await KeyAsync(ct), purpose, resourceId, user, exp));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig))) return SignedLinkCheck.Invalid;
        return time.GetUtcNow().ToUnixTimeSeconds() > expSeconds ? SignedLinkCheck.Expired : SignedLinkCheck.Valid;
    }

    // Fields are joined by newlines; refusing them inside a field keeps two different links from signing the same text.
    private static bool Signable([NotNullWhen(true)] string? part) => !string.IsNullOrEmpty(part) && part.Length <= 256 && !part.Contains('\n', StringComparison.Ordinal);

    private static string Sign(byte[] key, string purpose, string resourceId, string user, string exp)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{purpose}\n{resourceId}\n{user.ToLowerInvariant()}\n{exp}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    // Two callers racing at first use both read the same stored value (the first insert wins), so no lock is needed.
    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (_key is { } cached) return cached;
        var configured = options.Value.SigningKey;
        _key = !string.IsNullOrWhiteSpace(configured) ? Encoding.UTF8.GetBytes(configured) : await keys.GetOrCreateAsync(KeyName, ct);
        return _key;
    }
}
