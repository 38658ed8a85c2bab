namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Settings of the lifecycle guide (section <c>Lifecycle</c>), plus the bot's public address (<c>Bot:PublicBaseUrl</c>).</summary>
public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>HMAC key for download links. Empty: one is generated at first use and kept in the database, so links survive restarts.</summary>
    public string? DownloadSigningKey { get; set; }

    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Where users' browsers reach the bot (links in cards). From <c>Bot:PublicBaseUrl</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";
}
