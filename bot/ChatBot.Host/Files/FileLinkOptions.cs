namespace ChatBot.Host.Files;

/// <summary>Settings of the signed file links (section <c>Files</c>), plus the bot's public address (<c>Bot:PublicBaseUrl</c>).</summary>
public sealed class FileLinkOptions
{
    public const string Section = "Files";

    /// <summary>
    /// HMAC key of every file link. Empty: one is generated at first use and kept in <c>signed_link_keys</c>, so links
    /// survive restarts and all instances agree. <c>Lifecycle:DownloadSigningKey</c> is still read when this is empty.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a link stays valid. <c>Lifecycle:DownloadLinkLifetime</c> is still read when this is not set.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Where users' browsers reach the bot (links in cards). From <c>Bot:PublicBaseUrl</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";
}
