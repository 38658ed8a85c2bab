using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Tests.Organization;

public class OrganizationContactsTests
{
    private static OrganizationModel Parse(string people) => OrganizationLoader.Parse($$"""
        name: { ja: テスト, en: Test }
        departments: [ { id: hr, name: { ja: 人事部, en: HR } } ]
        people:
        {{people}}
        """, "test.yaml");

    [Fact]
    public void Registrars_FileWithAdmins_AreTheAdmins()
    {
        var org = Parse("""
              - { aadObjectId: a1, name: Admin One, roles: [admin] }
              - { aadObjectId: a2, name: Admin Two, roles: [admin, handler], department: hr }
              - { aadObjectId: po, name: Officer, roles: [privacy_officer] }
            """);

        var (role, people) = OrganizationContacts.Registrars(org);

        Assert.Equal(OrganizationRole.Admin, role);
        Assert.Equal(["a1", "a2"], people.Select(p => p.AadObjectId).Order());
    }

    [Fact]
    public void Registrars_FileWithoutAnAdmin_IsThePrivacyOfficer()
    {
        var org = Parse("""
              - { aadObjectId: h1, name: Handler, roles: [handler], department: hr }
              - { aadObjectId: po, name: Officer, roles: [privacy_officer] }
            """);

        var (role, people) = OrganizationContacts.Registrars(org);

        Assert.Equal(OrganizationRole.PrivacyOfficer, role);
        Assert.Equal("po", Assert.Single(people).AadObjectId);
    }
}
