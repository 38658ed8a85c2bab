using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Tests.Organization;

public class OrganizationLoaderTests
{
    private static string SamplePath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "bot", "ChatBot.Host", "Samples", "organization.yaml");
        }
    }

    [Fact]
    public void LoadFile_Sample_IsValid()
    {
        var org = OrganizationLoader.LoadFile(SamplePath);
        Assert.Equal(5, org.People.Count());
        Assert.True(org.HasRole("00000000-0000-0000-0000-0000000000020", OrganizationRole.ResponsibleManager));
    }

    [Fact]
    public void EscalationLevelsFor_Handler_GoesManagerThenChainThenPrivacyOfficer()
    {
        var org = OrganizationLoader.LoadFile(SamplePath);
        var levels = org.EscalationLevelsFor("00000000-0000-0000-0000-0000000000022");
        Assert.Equal(["00000000-0000-0000-0000-0000000000023"], levels[0].Select(p => p.AadObjectId));
        Assert.Equal(["00000000-0000-0000-0000-0000000000024"], levels[1].Select(p => p.AadObjectId));
        Assert.Equal(2, levels.Count); // the privacy officer is in the chain already: not notified twice
    }

    [Fact]
    public void EscalationLevelsFor_Outsider_GoesToPrivacyOfficer()
    {
        var org = OrganizationLoader.LoadFile(SamplePath);
        var levels = org.EscalationLevelsFor("someone-not-in-the-file");
        Assert.Single(levels);
        Assert.True(levels[0][0].Has(OrganizationRole.PrivacyOfficer));
    }

    [Fact]
    public void Oversees_ManagerOfAnotherDepartment_IsFalse()
    {
        var org = OrganizationLoader.LoadFile(SamplePath);
        Assert.True(org.Oversees("00000000-0000-0000-0000-0000000000023", "00000000-0000-0000-0000-0000000000022"));
        Assert.False(org.Oversees("00000000-0000-0000-0000-0000000000023", "00000000-0000-0000-0000-0000000000021"));
        Assert.True(org.Oversees("00000000-0000-0000-0000-0000000000024", "00000000-0000-0000-0000-0000000000021"));
    }

    [Theory]
    [InlineData("people:\n  - name: x\n", "org.yaml: people[0].aadObjectId: is required")]
    [InlineData("departments:\n  - id: hr\n    name: {ja: 人事}\npeople:\n  - {aadObjectId: a, name: A, roles: [privacy_officer]}\n", "org.yaml: departments[0].name: needs both ja and en")]
    [InlineData("people:\n  - {aadObjectId: a, name: A, roles: [boss]}\n", "org.yaml: people[0].roles: 'boss' is not a role")]
    [InlineData("people:\n  - {aadObjectId: a, name: A, department: nowhere, roles: [privacy_officer]}\n", "org.yaml: people[0].department: 'nowhere' is not a department id")]
    [InlineData("people:\n  - {aadObjectId: a, name: A, roles: [handler]}\n", "org.yaml: people: at least one person needs the role privacy_officer")]
    [InlineData("people: [\n", "org.yaml: line")]
    public void Parse_InvalidFile_NamesFileAndField(string yaml, string expected)
    {
        var e = Assert.Throws<OrganizationValidationException>(() => OrganizationLoader.Parse(yaml, "org.yaml"));
        Assert.Contains(e.Errors, error => error.StartsWith(expected, StringComparison.Ordinal));
    }
}
