using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Lifecycle;

/// <summary>
/// Who sees a self-assessment: its owner; a responsible manager of the owner's own department (not other departments,
/// even ones below them in an escalation chain); the 個人情報保護管理者 (everyone's).
/// </summary>
public static class AssessmentAccess
{
    public static bool CanList(OrganizationModel org, string? viewer) =>
        org.HasRole(viewer, OrganizationRole.PrivacyOfficer) || org.HasRole(viewer, OrganizationRole.ResponsibleManager);

    public static bool CanView(OrganizationModel org, string? viewer, string owner)
    {
        if (viewer is null) return false;
        if (string.Equals(viewer, owner, StringComparison.OrdinalIgnoreCase)) return true;
        if (org.HasRole(viewer, OrganizationRole.PrivacyOfficer)) return true;
        var manager = org.FindPerson(viewer);
        return manager is not null && manager.Has(OrganizationRole.ResponsibleManager) && manager.DepartmentId is { } department
            && string.Equals(org.FindPerson(owner)?.DepartmentId, department, StringComparison.OrdinalIgnoreCase);
    }
}
