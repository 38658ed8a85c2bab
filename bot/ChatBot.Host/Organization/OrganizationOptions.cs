namespace ChatBot.Host.Organization;

public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    /// <summary>The organization YAML file; relative paths are resolved from the content root.</summary>
    public string Path { get; set; } = "Samples/organization.yaml";
}
