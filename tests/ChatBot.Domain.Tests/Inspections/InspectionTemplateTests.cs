using ChatBot.Domain.Inspections;
using ChatBot.Domain;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Tests.Inspections;

public sealed class InspectionTemplateTests
{
    private static ChecklistTemplate Bundled() => new("pfa", 1, new LocalizedText("点検", "Inspection"), ["yes", "no"], [],
    [
        Item("a"), Item("b"), Item("c"),
    ]);

    private static ChecklistItem Item(string id) =>
        new(id, null, new LocalizedText(id + "?", id + "?"), null, null, null, null, "human", "D-b", null, []);

    [Fact]
    public void Resolve_RemoveAndAdd_RenumbersAndChangesTheHash()
    {
        var overrides = InspectionTemplateOverridesLoader.Parse(new StringReader("""
            remove: [b]
            add:
              - id: org-1
                text: { ja: 独自項目, en: Our own item }
                category: physical
            """), "org.yaml");

        var resolved = InspectionTemplateResolver.Resolve(Bundled(), overrides);

        Assert.Equal(["a", "c", "org-1"], resolved.Items.Select(i => i.Id));
        Assert.Equal([1, 2, 3], resolved.Items.Select(i => i.No));
        Assert.NotEqual(InspectionTemplateResolver.Resolve(Bundled(), InspectionTemplateOverrides.None).ComputeHash(), resolved.ComputeHash());
        Assert.Equal(resolved.ComputeHash(), InspectionTemplate.FromJson(resolved.ToJson()).ComputeHash()); // the snapshot round-trips
    }

    [Fact]
    public void Load_InvalidFields_ErrorsNameFileAndField()
    {
        var e = Assert.Throws<InspectionTemplateException>(() => InspectionTemplateResolver.Resolve(Bundled(),
            InspectionTemplateOverridesLoader.Parse(new StringReader("""
                remove: [zzz]
                add:
                  - id: x
                    category: nonsense
                """), "org.yaml"), "org.yaml"));
        Assert.Contains(e.Errors, m => m.StartsWith("org.yaml: add[0].text", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("org.yaml: add[0].category", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_UnknownRemovedId_Error()
    {
        var e = Assert.Throws<InspectionTemplateException>(() =>
            InspectionTemplateResolver.Resolve(Bundled(), new InspectionTemplateOverrides(["zzz"], []), "org.yaml"));
        Assert.Contains("org.yaml: remove[0]: unknown item id 'zzz'", e.Errors[0]);
    }

    [Fact]
    public void MayDecide_OwnSheetOrOtherDepartment_False_ChainAndOfficer_True()
    {
        var org = new OrganizationModel(new LocalizedText("", ""), false,
            [new Department("hr", new LocalizedText("人事", "HR"), ["boss"]), new Department("acc", new LocalizedText("経理", "Acc"), [])],
            [
                P("h", "hr", OrganizationRole.Handler, OrganizationRole.ResponsibleManager), P("m", "hr", OrganizationRole.ResponsibleManager),
                P("other", "acc", OrganizationRole.ResponsibleManager), P("boss", null), P("po", null, OrganizationRole.PrivacyOfficer),
            ]);
        var sheet = new InspectionSheet("FY2026-Q3", "h", "hr", InspectionSheetStatus.Submitted, new Dictionary<string, InspectionItemAnswer>(), null, 2, null, null, null, default);

        Assert.False(InspectionRules.MayDecide(org, "h", sheet));
        Assert.False(InspectionRules.MayDecide(org, "other", sheet));
        Assert.True(InspectionRules.MayDecide(org, "m", sheet));
        Assert.True(InspectionRules.MayDecide(org, "boss", sheet));
        Assert.True(InspectionRules.MayDecide(org, "po", sheet));
        Assert.Equal(["m"], InspectionRules.Reviewers(org, "h").Select(p => p.AadObjectId));
    }

    [Fact]
    public void MaySeeSummary_OfficerAndAdmin_True_ManagersAndHandlers_False()
    {
        var org = new OrganizationModel(new ChatBot.Domain.LocalizedText("", ""), false,
            [new Department("hr", new ChatBot.Domain.LocalizedText("人事", "HR"), [])],
            [P("h", "hr", OrganizationRole.Handler), P("m", "hr", OrganizationRole.ResponsibleManager), P("po", null, OrganizationRole.PrivacyOfficer), P("a", null, OrganizationRole.Admin)]);

        Assert.True(InspectionRules.MaySeeSummary(org, "po"));
        Assert.True(InspectionRules.MaySeeSummary(org, "a"));
        Assert.False(InspectionRules.MaySeeSummary(org, "m"));
        Assert.False(InspectionRules.MaySeeSummary(org, "h"));
        Assert.False(InspectionRules.MaySeeSummary(org, "stranger"));
        Assert.False(InspectionRules.MaySeeSummary(org, null));
    }

    [Fact]
    public void MayOpenCampaign_AdminsOnly()
    {
        var org = new OrganizationModel(new ChatBot.Domain.LocalizedText("", ""), false,
            [new Department("hr", new ChatBot.Domain.LocalizedText("人事", "HR"), [])],
            [P("h", "hr", OrganizationRole.Handler), P("m", "hr", OrganizationRole.ResponsibleManager), P("po", null, OrganizationRole.PrivacyOfficer), P("a", null, OrganizationRole.Admin)]);

        Assert.True(InspectionRules.MayOpenCampaign(org, "a"));
        Assert.False(InspectionRules.MayOpenCampaign(org, "po"));
        Assert.False(InspectionRules.MayOpenCampaign(org, "m"));
        Assert.False(InspectionRules.MayOpenCampaign(org, "h"));
        Assert.False(InspectionRules.MayOpenCampaign(org, "stranger"));
        Assert.False(InspectionRules.MayOpenCampaign(org, null));
    }

    private static Person P(string id, string? dept, params OrganizationRole[] roles) => new(id, id, null, dept, roles.ToHashSet());
}
