using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Lifecycle;

public enum DownloadLinkCheck
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>
/// Signs and checks workbook links: HMAC-SHA256 over dialog id, user and expiry with a server key
/// (<c>Lifecycle:DownloadSigningKey</c>, or one generated once and kept in <c>lifecycle_settings</c>).
/// </summary>
public sealed class DownloadLinkSigner(IOptions<LifecycleOptions> options, LifecycleSettingsStore settings, TimeProvider time)
{
    private const string KeySetting = "download_signing_key";
    private volatile byte[]? _key;

    public async Task<DownloadLink> CreateAsync(string dialogId, string user, string? locale, CancellationToken ct)
    {
        var lifetime = options.Value.DownloadLinkLifetime;
        var expires = time.GetUtcNow() + lifetime;
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sig = Sign(await KeyAsync(ct), dialogId, user, exp);
        var url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/files/assessments/{Uri.EscapeDataString(dialogId)}.xlsx" +
            $"?u={Uri.EscapeDataString(user)}&exp={exp}&sig={sig}" + (Domain.UserLanguage.IsEnglish(locale) ? "&lang=en" : "");
        return new DownloadLink(url, expires, lifetime);
    }

    /// <summary>The signature is checked before the expiry, so an edited expiry is Invalid, not Expired.</summary>
    public async Task<DownloadLinkCheck> CheckAsync(string dialogId, string? user, string? exp, string? sig, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(exp) || string.IsNullOrEmpty(sig)
            || !long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expSeconds))
            return DownloadLinkCheck.Invalid;
        var expected = Encoding.ASCII.GetBytes(Sign(await KeyAsync(ct), dialogId, user, exp));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig))) return DownloadLinkCheck.Invalid;
        return time.GetUtcNow().ToUnixTimeSeconds() > expSeconds ? DownloadLinkCheck.Expired : DownloadLinkCheck.Valid;
    }

    private static string Sign(byte[] key, string dialogId, string user, string exp)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{dialogId}\n{user.ToLowerInvariant()}\n{exp}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    // Two callers racing at first use both read the same stored value (the first insert wins), so no lock is needed.
    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (_key is { } cached) return cached;
        var configured = options.Value.DownloadSigningKey;
        _key = !string.IsNullOrWhiteSpace(configured)
            ? Encoding.UTF8.GetBytes(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeySetting,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ct));
        return _key;
    }
}
