using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Host.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Short-lived signed links to a campaign's workbook: <c>/files/inspections/{campaign}.xlsx?exp=&amp;sig=</c>, the
/// signature an HMAC-SHA256 of campaign and expiry under a random secret persisted in <c>inspection_link_secrets</c>
/// (shared by every instance, kept across restarts).
/// NOTE: feat/lifecycle builds the same mechanism for assessments; the two should become one shared service.
/// </summary>
public sealed class InspectionExportLinks(IDbConnectionFactory connections, IOptions<InspectionOptions> options, TimeProvider time)
{
    private const string SecretName = "inspection-export";
    private byte[]? _secret;

    public enum Check { Valid, Expired, BadSignature }

    /// <summary>Loads (or creates) the secret; call once at start before <see cref="Create"/>.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (_secret is not null) return;
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO inspection_link_secrets (name, value, created_at) VALUES (@Name, @Value, @Now) ON CONFLICT (name) DO NOTHING",
            new { Name = SecretName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Now = DbTime.ToDb(time.GetUtcNow()) },
            cancellationToken: ct));
        var value = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT value FROM inspection_link_secrets WHERE name = @Name", new { Name = SecretName }, cancellationToken: ct));
        _secret = Convert.FromBase64String(value!);
    }

    public string Create(string campaignKey)
    {
        var exp = (time.GetUtcNow() + options.Value.ExportLinkLifetime).ToUnixTimeSeconds();
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/files/inspections/{Uri.EscapeDataString(campaignKey)}.xlsx?exp={exp}&sig={Sign(campaignKey, exp)}";
    }

    public Check Verify(string campaignKey, string? exp, string? sig)
    {
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expiry) || sig is null) return Check.BadSignature;
        var expected = Encoding.ASCII.GetBytes(Sign(campaignKey, expiry));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig))) return Check.BadSignature;
        return time.GetUtcNow().ToUnixTimeSeconds() > expiry ? Check.Expired : Check.Valid;
    }

    private string Sign(string campaignKey, long expiry)
    {
        var secret = _secret ?? throw new InvalidOperationException("InspectionExportLinks.InitializeAsync was not called.");
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{campaignKey}|{expiry.ToString(CultureInfo.InvariantCulture)}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
