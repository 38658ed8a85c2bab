using ChatBot.Domain.Organization;
using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.CorrectiveActions;

/// <summary>Why a change is refused.</summary>
public enum CorrectiveActionRefusal
{
    NotAuthorized,

    /// <summary>Done needs a note of what was done; Cancelled needs a reason.</summary>
    NoteRequired,

    /// <summary>Closed actions stay closed; the status is already the requested one.</summary>
    InvalidTransition,
}

/// <summary>Who may change a corrective action, and which status changes are allowed.</summary>
public static class CorrectiveActionRules
{
    /// <summary>
    /// The owner, the action department's responsible managers and everyone above them in its escalation chain,
    /// anyone who <see cref="OrganizationModel.Oversees"/> the owner, and the 個人情報保護管理者. Nobody else —
    /// in particular not a handler or manager of another department.
    /// </summary>
    public static bool MayChange(OrganizationModel organization, string? actorAadObjectId, CorrectiveAction action)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(action);
        if (string.IsNullOrWhiteSpace(actorAadObjectId)) return false;
        if (string.Equals(actorAadObjectId, action.OwnerAadObjectId, StringComparison.OrdinalIgnoreCase)) return true;
        if (organization.HasRole(actorAadObjectId, OrganizationRole.PrivacyOfficer)) return true;
        if (organization.InDepartment(action.DepartmentId, OrganizationRole.ResponsibleManager)
            .Any(p => string.Equals(p.AadObjectId, actorAadObjectId, StringComparison.OrdinalIgnoreCase))) return true;
        if (organization.FindDepartment(action.DepartmentId) is { } department
            && department.Escalation.Contains(actorAadObjectId, StringComparer.OrdinalIgnoreCase)) return true;
        return organization.Oversees(actorAadObjectId, action.OwnerAadObjectId);
    }

    /// <summary>Checks a status change; returns the refusal, or null when allowed.</summary>
    public static CorrectiveActionRefusal? CheckTransition(CorrectiveAction action, CorrectiveActionStatus target, string? note)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.IsClosed || action.Status == target) return CorrectiveActionRefusal.InvalidTransition;
        if (target == CorrectiveActionStatus.Open) return CorrectiveActionRefusal.InvalidTransition;
        if (target is CorrectiveActionStatus.Done or CorrectiveActionStatus.Cancelled && string.IsNullOrWhiteSpace(note))
            return CorrectiveActionRefusal.NoteRequired;
        return null;
    }

    /// <summary>User text as stored: trimmed, with any My Number masked.</summary>
    public static string CleanText(string text) => MyNumberGuard.Mask(text?.Trim()).Text;
}
