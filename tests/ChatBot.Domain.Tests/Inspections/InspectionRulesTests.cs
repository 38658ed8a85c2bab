using ChatBot.Domain.Inspections;
using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Tests.Inspections;

public sealed class InspectionRulesTests
{
    private static readonly OrganizationModel Org = OrganizationLoader.Parse("""
        name: { ja: テスト, en: Test }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [boss] }
          - { id: sales, name: { ja: 営業部, en: Sales }, escalation: [] }
        people:
          - { aadObjectId: handler, name: 担当, department: hr, roles: [handler, responsible_manager] }
          - { aadObjectId: manager, name: 責任者, department: hr, roles: [responsible_manager] }
          - { aadObjectId: boss, name: 部長, roles: [] }
          - { aadObjectId: officer, name: 管理者, roles: [privacy_officer] }
          - { aadObjectId: colleague, name: 同僚, department: hr, roles: [handler] }
          - { aadObjectId: other-manager, name: 他部署, department: sales, roles: [responsible_manager] }
          - { aadObjectId: admin, name: 運用, roles: [admin] }
        """, "org.yaml");

    private static readonly InspectionSheet Sheet = new("FY2026-Q3", "handler", "hr", InspectionSheetStatus.Submitted,
        new Dictionary<string, InspectionItemAnswer>(), null, 2, null, null, null, default);

    [Theory]
    [InlineData("handler", true)]        // their own sheet, though they are a manager too
    [InlineData("manager", true)]        // the department's responsible manager
    [InlineData("boss", true)]           // the department's escalation chain
    [InlineData("officer", true)]        // 個人情報保護管理者
    [InlineData("colleague", false)]     // same department, no manager
    [InlineData("other-manager", false)] // a manager of another department
    [InlineData("admin", false)]         // operates the bot, sees no one's answers
    [InlineData("stranger", false)]      // not in the file
    [InlineData(null, false)]
    public void MayView_EachPerson_OnlyTheHandlerAndThoseWhoDecide(string? actor, bool expected) =>
        Assert.Equal(expected, InspectionRules.MayView(Org, actor, Sheet));
}
