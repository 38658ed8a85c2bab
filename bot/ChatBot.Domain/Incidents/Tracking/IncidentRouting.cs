using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>
/// Who handles an incident, level by level: the reporter's department chain from the organization file, or (for a
/// reporter the file does not list) the chain of the manager the directory named at filing time, or else the
/// 個人情報保護管理者. Routing, escalation, the cards and authorization all ask here, so whoever is notified can act.
/// </summary>
public static class IncidentRouting
{
    public static IReadOnlyList<IReadOnlyList<Person>> LevelsFor(OrganizationModel organization, IncidentRecord incident) =>
        // The file wins once it lists the reporter (an edit after filing): the directory was only a stand-in.
        // A named manager who has left the file falls back to the 個人情報保護管理者 inside EscalationLevelsThrough.
        incident.RoutedViaAad is { } via && organization.FindPerson(incident.ReporterAad) is null
            ? organization.EscalationLevelsThrough(via)
            : organization.EscalationLevelsFor(incident.ReporterAad);
}
