namespace ChatBot.Domain.Organization;

/// <summary>An immutable snapshot of the organization file; replaced as a whole when the file changes.</summary>
public sealed class OrganizationModel
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Department> _departments;

    public OrganizationModel(LocalizedText name, bool isSmallBusiness, IEnumerable<Department> departments, IEnumerable<Person> people)
    {
        Name = name;
        IsSmallBusiness = isSmallBusiness;
        _departments = departments.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        _people = people.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
    }

    public static OrganizationModel Empty { get; } = new(new LocalizedText("", ""), false, [], []);

    public LocalizedText Name { get; }

    /// <summary>中小規模事業者 (100 employees or fewer, with the guideline's exceptions): relaxes some measures.</summary>
    public bool IsSmallBusiness { get; }

    public IEnumerable<Department> Departments => _departments.Values;

    public IEnumerable<Person> People => _people.Values;

    public Person? FindPerson(string? aadObjectId) =>
        aadObjectId is not null && _people.TryGetValue(aadObjectId, out var person) ? person : null;

    public Department? FindDepartment(string? id) =>
        id is not null && _departments.TryGetValue(id, out var department) ? department : null;

    public bool HasRole(string? aadObjectId, OrganizationRole role) => FindPerson(aadObjectId)?.Has(role) == true;

    public IEnumerable<Person> WithRole(OrganizationRole role) => _people.Values.Where(p => p.Has(role));

    public IEnumerable<Person> InDepartment(string departmentId, OrganizationRole role) =>
        _people.Values.Where(p => p.Has(role) && string.Equals(p.DepartmentId, departmentId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Who is notified, level by level, about something in the given person's department: the department's
    /// responsible managers, then its escalation chain, then the 個人情報保護管理者. Someone not in the file
    /// (or in no department) goes straight to the 個人情報保護管理者.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Person>> EscalationLevelsFor(string? aadObjectId)
    {
        var levels = new List<IReadOnlyList<Person>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void AddLevel(IEnumerable<Person> people)
        {
            var level = people.Where(p => seen.Add(p.AadObjectId)).ToList();
            if (level.Count > 0) levels.Add(level);
        }

        var department = FindDepartment(FindPerson(aadObjectId)?.DepartmentId);
        if (department is not null)
        {
            AddLevel(InDepartment(department.Id, OrganizationRole.ResponsibleManager));
            foreach (var id in department.Escalation)
                if (FindPerson(id) is { } person) AddLevel([person]);
        }
        AddLevel(WithRole(OrganizationRole.PrivacyOfficer));
        return levels;
    }

    /// <summary>
    /// The chain for someone the file does not list but whose directory manager it does: that manager first (unless
    /// already in their department's chain), then the levels of the manager's department.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Person>> EscalationLevelsThrough(string managerAadObjectId)
    {
        if (FindPerson(managerAadObjectId) is not { } manager) return EscalationLevelsFor(null);
        var levels = EscalationLevelsFor(manager.AadObjectId).ToList();
        if (!levels.SelectMany(l => l).Any(p => string.Equals(p.AadObjectId, manager.AadObjectId, StringComparison.OrdinalIgnoreCase)))
            levels.Insert(0, [manager]);
        return levels;
    }

    /// <summary>True when <paramref name="managerId"/> is a responsible manager of the person's department or above it in its chain.</summary>
    public bool Oversees(string? managerId, string? aadObjectId)
    {
        if (managerId is null) return false;
        if (HasRole(managerId, OrganizationRole.PrivacyOfficer)) return true;
        return EscalationLevelsFor(aadObjectId).SelectMany(l => l)
            .Any(p => string.Equals(p.AadObjectId, managerId, StringComparison.OrdinalIgnoreCase));
    }
}
