namespace ChatBot.Host.Organization;

public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    /// <summary>The organization YAML file; relative paths are resolved from the content root.</summary>
    public string Path { get; set; } = "Samples/organization.yaml";

    /// <summary>How often the file's modification time is checked, for shares where change events do not arrive.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
