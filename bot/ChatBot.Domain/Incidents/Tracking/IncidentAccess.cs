using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>
/// Who may do what with an incident, from the organization file, the incident's routing (<see cref="IncidentRouting"/>)
/// and the actor's AAD object id only (never card data):
/// the assigned manager, the chain above them and the 個人情報保護管理者 manage it (before anyone acknowledged it, every
/// level of the reporter's chain); the reporter may add information and correct facts; nobody else sees it.
/// </summary>
public static class IncidentAccess
{
    public static bool CanManage(OrganizationModel organization, string? actorAad, IncidentRecord incident)
    {
        if (string.IsNullOrEmpty(actorAad)) return false;
        if (organization.HasRole(actorAad, OrganizationRole.PrivacyOfficer)) return true;
        var levels = IncidentRouting.LevelsFor(organization, incident);
        var actorLevel = LevelOf(levels, actorAad);
        if (actorLevel < 0) return false;
        if (incident.OwnerAad is null || Same(incident.OwnerAad, actorAad)) return true;
        var ownerLevel = LevelOf(levels, incident.OwnerAad);
        // An owner no longer in the chain (left the file): the chain itself takes over.
        return ownerLevel < 0 || actorLevel > ownerLevel;
    }

    public static bool IsReporter(string? actorAad, IncidentRecord incident) => Same(actorAad, incident.ReporterAad);

    /// <summary>Add information, correct the facts, see the incident.</summary>
    public static bool CanContribute(OrganizationModel organization, string? actorAad, IncidentRecord incident) =>
        IsReporter(actorAad, incident) || CanManage(organization, actorAad, incident);

    private static int LevelOf(IReadOnlyList<IReadOnlyList<Person>> levels, string aad)
    {
        for (var i = 0; i < levels.Count; i++)
            if (levels[i].Any(p => Same(p.AadObjectId, aad))) return i;
        return -1;
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
