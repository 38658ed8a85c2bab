namespace ChatBot.Host.Organization;

public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Look users and managers up in Microsoft Graph (needs User.Read.All application permission).</summary>
    public bool Enabled { get; set; }

    /// <summary>How long a looked-up user or manager is remembered.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromHours(1);
}
