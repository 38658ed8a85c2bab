namespace ChatBot.Protocol.Auth;

/// <summary>The two issuer forms of Entra ID tokens (v1 and v2) and the tenant they name.</summary>
internal static class EntraIssuer
{
    private const string V1Prefix = "https://sts.windows.net/";
    private const string V2Prefix = "https://login.microsoftonline.com/";

    public static string[] For(string tenant) => [$"{V1Prefix}{tenant}/", $"{V2Prefix}{tenant}/v2.0"];

    public static bool TryGetTenant(string? issuer, out string tenant)
    {
        tenant = string.Empty;
        string? candidate = null;
        if (issuer is null)
        {
            return false;
        }

        if (issuer.StartsWith(V1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            candidate = issuer[V1Prefix.Length..^1];
        }
        else if (issuer.StartsWith(V2Prefix, StringComparison.Ordinal) && issuer.EndsWith("/v2.0", StringComparison.Ordinal))
        {
            candidate = issuer[V2Prefix.Length..^"/v2.0".Length];
        }

        // Only a GUID is a tenant id here; it also keeps the metadata URL we build from it well-formed.
        if (Guid.TryParse(candidate, out var id))
        {
            tenant = id.ToString("D");
            return true;
        }

        return false;
    }
}
