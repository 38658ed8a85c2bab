namespace ChatBot.Protocol.Auth;

/// <summary>Issuers, claims and scopes of the Bot Framework token protocol.</summary>
public static class AuthConstants
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    public const string BotFrameworkTenant = "botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";

    /// <summary>The calling application of a v2 Entra token.</summary>
    public const string AuthorizedPartyClaim = "azp";

    /// <summary>The calling application of a v1 Entra token (and of Bot Framework tokens).</summary>
    public const string AppIdClaim = "appid";
}
