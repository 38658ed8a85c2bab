using ChatBot.Domain.Organization;

namespace ChatBot.Host.Features.Admin;

/// <summary>Who looks after the knowledge content: admins and the 個人情報保護管理者 (what is unanswered, what is due for review).</summary>
internal static class ContentOwners
{
    public static bool Includes(OrganizationModel org, string? actor) =>
        org.HasRole(actor, OrganizationRole.Admin) || org.HasRole(actor, OrganizationRole.PrivacyOfficer);
}
