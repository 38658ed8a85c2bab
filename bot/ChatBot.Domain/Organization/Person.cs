namespace ChatBot.Domain.Organization;

/// <summary>A member of the organization, identified by the Entra ID (AAD) object id Teams sends as <c>from.aadObjectId</c>.</summary>
public sealed record Person(string AadObjectId, string Name, string? Upn, string? DepartmentId, IReadOnlySet<OrganizationRole> Roles)
{
    public bool Has(OrganizationRole role) => Roles.Contains(role);
}
