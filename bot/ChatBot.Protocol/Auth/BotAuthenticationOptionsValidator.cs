using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Auth;

/// <summary>Fails start-up on settings that would otherwise fail only at the first turn or proactive send.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        if (!options.IsAnonymousMode
            && string.IsNullOrEmpty(options.Secret)
            && string.IsNullOrEmpty(options.CertificatePath)
            && string.IsNullOrEmpty(options.CertificateThumbprint)
            && !options.UseManagedIdentity)
        {
            failures.Add("Bot:AppId is set but no credential is: set AppPassword/ClientSecret, a certificate, or UseManagedIdentity.");
        }

        if (!IsHttps(options.OpenIdMetadataUrl))
        {
            failures.Add("Bot:OpenIdMetadataUrl must be an absolute https URL.");
        }

        if (!options.EntraOpenIdMetadataUrlTemplate.Contains("{tenantId}", StringComparison.Ordinal)
            || !IsHttps(options.EntraOpenIdMetadataUrlTemplate.Replace("{tenantId}", "t", StringComparison.Ordinal)))
        {
            failures.Add("Bot:EntraOpenIdMetadataUrlTemplate must be an absolute https URL containing {tenantId}.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("Bot:ClockSkew must be between 0 and 10 minutes.");
        }

        if (options.SigningKeyRefreshInterval <= TimeSpan.Zero || options.SigningKeyRefreshInterval > TimeSpan.FromHours(24))
        {
            failures.Add("Bot:SigningKeyRefreshInterval must be positive and at most 24 hours.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
