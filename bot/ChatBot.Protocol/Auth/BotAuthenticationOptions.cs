namespace ChatBot.Protocol.Auth;

/// <summary>
/// The <c>Bot</c> configuration section: the bot's identity, its outbound credential and the inbound token rules.
/// With no <see cref="AppId"/> the bot runs in the local anonymous mode (no tokens either way, loopback only).
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Bot";

    /// <summary>Microsoft App ID of the bot registration; empty means anonymous (local Playground/emulator) mode.</summary>
    public string? AppId { get; set; }

    /// <summary>Tenant of a single-tenant bot; tokens are then requested from this tenant instead of <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>Same as <see cref="AppPassword"/> (Azure naming); used when <see cref="AppPassword"/> is empty.</summary>
    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser/My or LocalMachine/My store.</summary>
    public string? CertificateThumbprint { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Per-tenant metadata for Entra ID tokens; <c>{tenantId}</c> is replaced by the token's tenant.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often signing keys are re-read at the latest (the Bot Framework asks for at least daily).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Hosts the bot may send its token to even before an activity from them was authenticated (proactive sends).
    /// <c>*.</c> matches any subdomain. Configured entries are added to these defaults.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>Tenants whose Entra tokens are accepted besides <see cref="TenantId"/> (the Agents SDK defaults). Configured entries add to these.</summary>
    public List<string> TrustedEntraTenantIds { get; set; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>
    /// Applications (besides this bot itself) whose Entra tokens may call the bot, e.g. a trusted agent acting as a
    /// skill caller. Empty by default: an Entra token from any other application is refused.
    /// </summary>
    public List<string> AllowedCallerAppIds { get; set; } = [];

    /// <summary>
    /// Service URLs (absolute http or https prefixes) the bot may send its token to besides those a Bot Framework
    /// token vouched for and the Microsoft hosts above, e.g. a local Agents Playground when testing with real
    /// credentials. Loopback URLs are trusted only when listed here (or in anonymous mode).
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    public bool IsAnonymousMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The configured client secret under either name.</summary>
    public string? Secret => string.IsNullOrEmpty(AppPassword) ? ClientSecret : AppPassword;
}
