using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatBot.Domain.Organization;

/// <summary>Reads and validates the organization file; every problem is reported with the file and the field.</summary>
public static class OrganizationLoader
{
    private static readonly Dictionary<string, OrganizationRole> RoleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["handler"] = OrganizationRole.Handler,
        ["responsible_manager"] = OrganizationRole.ResponsibleManager,
        ["privacy_officer"] = OrganizationRole.PrivacyOfficer,
        ["admin"] = OrganizationRole.Admin,
    };

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static OrganizationModel LoadFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static OrganizationModel Parse(string yaml, string fileName)
    {
        OrganizationFile? file;
        try
        {
            file = Yaml.Deserialize<OrganizationFile>(yaml);
        }
        catch (YamlException e)
        {
            throw new OrganizationValidationException([$"{fileName}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}"]);
        }

        var errors = new List<string>();
        void Error(string field, string problem) => errors.Add($"{fileName}: {field}: {problem}");

        if (file is null) { Error("(root)", "the file is empty"); throw new OrganizationValidationException(errors); }

        var departments = new List<Department>();
        var departmentIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (d, i) in (file.Departments ?? []).Select((d, i) => (d, i)))
        {
            var field = $"departments[{i}]";
            if (string.IsNullOrWhiteSpace(d.Id)) { Error($"{field}.id", "is required"); continue; }
            if (!departmentIds.Add(d.Id)) Error($"{field}.id", $"'{d.Id}' is used twice");
            var name = Text(d.Name, $"{field}.name", Error);
            departments.Add(new Department(d.Id, name, d.Escalation ?? []));
        }

        var people = new List<Person>();
        var personIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (p, i) in (file.People ?? []).Select((p, i) => (p, i)))
        {
            var field = $"people[{i}]";
            if (string.IsNullOrWhiteSpace(p.AadObjectId)) { Error($"{field}.aadObjectId", "is required (the Entra ID object id Teams sends)"); continue; }
            if (!personIds.Add(p.AadObjectId)) Error($"{field}.aadObjectId", $"'{p.AadObjectId}' is used twice");
            if (string.IsNullOrWhiteSpace(p.Name)) Error($"{field}.name", "is required");
            if (p.Department is not null && !departmentIds.Contains(p.Department))
                Error($"{field}.department", $"'{p.Department}' is not a department id in this file");
            var roles = new HashSet<OrganizationRole>();
            foreach (var role in p.Roles ?? [])
            {
                if (RoleNames.TryGetValue(role, out var r)) roles.Add(r);
                else Error($"{field}.roles", $"'{role}' is not a role (use {string.Join(", ", RoleNames.Keys)})");
            }
            if ((roles.Contains(OrganizationRole.Handler) || roles.Contains(OrganizationRole.ResponsibleManager)) && p.Department is null)
                Error($"{field}.department", "is required for a handler or responsible manager");
            people.Add(new Person(p.AadObjectId, p.Name ?? "", p.Upn, p.Department, roles));
        }

        foreach (var (d, i) in departments.Select((d, i) => (d, i)))
            foreach (var id in d.Escalation.Where(id => !personIds.Contains(id)))
                Error($"departments[{i}].escalation", $"'{id}' is not an aadObjectId of a person in this file");

        if (!people.Any(p => p.Roles.Contains(OrganizationRole.PrivacyOfficer)))
            Error("people", "at least one person needs the role privacy_officer (個人情報保護管理者): reports from people outside the file go there");

        if (errors.Count > 0) throw new OrganizationValidationException(errors);
        return new OrganizationModel(Text(file.Name, "name", Error), file.SmallBusiness, departments, people);
    }

    private static LocalizedText Text(OrganizationFile.LocalizedTextDto? dto, string field, Action<string, string> error)
    {
        if (dto?.Ja is null || dto.En is null) error(field, "needs both ja and en");
        return new LocalizedText(dto?.Ja ?? dto?.En ?? "", dto?.En ?? dto?.Ja ?? "");
    }
}

public sealed class OrganizationValidationException(IReadOnlyList<string> errors)
    : Exception("The organization file is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
