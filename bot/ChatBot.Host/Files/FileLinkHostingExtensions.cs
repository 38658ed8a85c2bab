namespace ChatBot.Host.Files;

/// <summary>Wires the signed file links every download endpoint uses (section <c>Files</c>, table <c>signed_link_keys</c>).</summary>
public static class FileLinkHostingExtensions
{
    /// <summary>Idempotent: each feature with a download adds it.</summary>
    public static IHostApplicationBuilder AddSignedLinks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(SignedLinks))) return builder;
        services.AddOptions<FileLinkOptions>().BindConfiguration(FileLinkOptions.Section)
            .Configure<IConfiguration>(ApplyOlderKeys)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Files:LinkLifetime must be positive.")
            .Validate(o => Uri.IsWellFormedUriString(o.PublicBaseUrl, UriKind.Absolute), "Bot:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<SignedLinks>();
        return builder;
    }

    // The lifecycle guide had these keys before the links were shared; deployments that set them keep working.
    private static void ApplyOlderKeys(FileLinkOptions o, IConfiguration config)
    {
        if (config["Bot:PublicBaseUrl"] is { Length: > 0 } url) o.PublicBaseUrl = url;
        if (string.IsNullOrWhiteSpace(o.SigningKey)) o.SigningKey = config["Lifecycle:DownloadSigningKey"];
        if (config[$"{FileLinkOptions.Section}:{nameof(FileLinkOptions.LinkLifetime)}"] is null
            && config.GetValue<TimeSpan?>("Lifecycle:DownloadLinkLifetime") is { } lifetime)
            o.LinkLifetime = lifetime;
    }
}
