namespace ChatBot.Domain.Organization;

// The YAML shape of the organization file, before validation. Nullable everywhere: the loader reports what is missing.
internal sealed class OrganizationFile
{
    public LocalizedTextDto? Name { get; set; }
    public bool SmallBusiness { get; set; }
    public List<DepartmentDto>? Departments { get; set; }
    public List<PersonDto>? People { get; set; }

    internal sealed class LocalizedTextDto
    {
        public string? Ja { get; set; }
        public string? En { get; set; }
    }

    internal sealed class DepartmentDto
    {
        public string? Id { get; set; }
        public LocalizedTextDto? Name { get; set; }
        public List<string>? Escalation { get; set; }
    }

    internal sealed class PersonDto
    {
        public string? AadObjectId { get; set; }
        public string? Name { get; set; }
        public string? Upn { get; set; }
        public string? Department { get; set; }
        public List<string>? Roles { get; set; }
    }
}
