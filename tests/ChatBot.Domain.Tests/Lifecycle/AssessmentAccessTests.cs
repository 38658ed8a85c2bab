using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Tests.Lifecycle;

public sealed class AssessmentAccessTests
{
    private static readonly OrganizationModel Org = new(new LocalizedText("組織", "Org"), false,
        [new Department("hr", new LocalizedText("人事", "HR"), ["po"]), new Department("acc", new LocalizedText("経理", "Accounting"), ["po"])],
        [
            new Person("h1", "HR handler", null, "hr", new HashSet<OrganizationRole> { OrganizationRole.Handler }),
            new Person("h2", "HR handler 2", null, "hr", new HashSet<OrganizationRole> { OrganizationRole.Handler }),
            new Person("m1", "HR manager", null, "hr", new HashSet<OrganizationRole> { OrganizationRole.ResponsibleManager }),
            new Person("a1", "Acc handler", null, "acc", new HashSet<OrganizationRole> { OrganizationRole.Handler }),
            new Person("m2", "Acc manager", null, "acc", new HashSet<OrganizationRole> { OrganizationRole.ResponsibleManager }),
            new Person("po", "Officer", null, null, new HashSet<OrganizationRole> { OrganizationRole.PrivacyOfficer }),
        ]);

    [Theory]
    [InlineData("h1", "h1", true)]
    [InlineData("m1", "h1", true)]
    [InlineData("po", "h1", true)]
    [InlineData("po", "a1", true)]
    [InlineData("m2", "h1", false)]
    [InlineData("m1", "a1", false)]
    [InlineData("h2", "h1", false)]
    [InlineData(null, "h1", false)]
    [InlineData("stranger", "h1", false)]
    public void CanView_OwnerTheirDepartmentsManagerAndTheOfficerOnly(string? viewer, string owner, bool expected) =>
        Assert.Equal(expected, AssessmentAccess.CanView(Org, viewer, owner));

    [Theory]
    [InlineData("m1", true)]
    [InlineData("po", true)]
    [InlineData("h1", false)]
    [InlineData(null, false)]
    public void CanList_ManagersAndTheOfficer(string? viewer, bool expected) => Assert.Equal(expected, AssessmentAccess.CanList(Org, viewer));
}
