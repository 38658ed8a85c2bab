namespace ChatBot.Protocol.Auth;

/// <summary>Issuers, claims and scopes of the Bot Framework token protocol.</summary>
public static class AuthConstants
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    public const string BotFrameworkTenant = "botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";
}
