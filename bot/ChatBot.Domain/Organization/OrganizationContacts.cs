namespace ChatBot.Domain.Organization;

/// <summary>Whom to name when someone needs a person for something the bot itself does not do.</summary>
public static class OrganizationContacts
{
    /// <summary>
    /// Who registers people (handlers among them) in the organization file: its admins, who operate the bot and its
    /// configuration; in a file without an admin, the 個人情報保護管理者 (the loader requires one).
    /// </summary>
    public static (OrganizationRole Role, IReadOnlyList<Person> People) Registrars(OrganizationModel organization)
    {
        var admins = organization.WithRole(OrganizationRole.Admin).ToList();
        return admins.Count > 0
            ? (OrganizationRole.Admin, admins)
            : (OrganizationRole.PrivacyOfficer, organization.WithRole(OrganizationRole.PrivacyOfficer).ToList());
    }
}
