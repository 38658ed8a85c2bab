using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Domain.Tests.CorrectiveActions;

public sealed class CorrectiveActionRulesTests
{
    internal static readonly OrganizationModel Organization = OrganizationLoader.Parse("""
        name: { ja: テスト, en: Test }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [boss] }
          - { id: accounting, name: { ja: 経理部, en: Accounting }, escalation: [] }
        people:
          - { aadObjectId: hr-owner, name: Owner, department: hr, roles: [handler] }
          - { aadObjectId: hr-other, name: Other, department: hr, roles: [handler] }
          - { aadObjectId: hr-manager, name: HR Manager, department: hr, roles: [responsible_manager] }
          - { aadObjectId: acc-handler, name: Acc Handler, department: accounting, roles: [handler] }
          - { aadObjectId: acc-manager, name: Acc Manager, department: accounting, roles: [responsible_manager] }
          - { aadObjectId: boss, name: Boss, roles: [] }
          - { aadObjectId: officer, name: Officer, roles: [privacy_officer] }
        """, "test.yaml");

    internal static CorrectiveAction Action(CorrectiveActionStatus status = CorrectiveActionStatus.Open, DateOnly? due = null) => new(
        "CA-2026-0001", CorrectiveActionOrigin.Inspection, "FY2026-Q3:hr:item-1", "鍵の管理", "hr-owner", "hr",
        due ?? new DateOnly(2026, 12, 1), status, null, "hr-owner", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);

    [Theory]
    [InlineData("hr-owner", true)]
    [InlineData("hr-manager", true)]
    [InlineData("boss", true)]
    [InlineData("officer", true)]
    [InlineData("hr-other", false)]
    [InlineData("acc-handler", false)]
    [InlineData("acc-manager", false)]
    [InlineData("stranger", false)]
    [InlineData("", false)]
    public void MayChange_ByRole_OwnerChainAndOfficerOnly(string actor, bool allowed)
    {
        Assert.Equal(allowed, CorrectiveActionRules.MayChange(Organization, actor, Action()));
    }

    [Theory]
    [InlineData(CorrectiveActionStatus.Done, null)]
    [InlineData(CorrectiveActionStatus.Done, "  ")]
    [InlineData(CorrectiveActionStatus.Cancelled, "")]
    public void CheckTransition_CloseWithoutNote_NoteRequired(CorrectiveActionStatus target, string? note)
    {
        Assert.Equal(CorrectiveActionRefusal.NoteRequired, CorrectiveActionRules.CheckTransition(Action(), target, note));
    }

    [Fact]
    public void CheckTransition_ClosedOrSameStatus_Invalid_OtherwiseAllowed()
    {
        Assert.Equal(CorrectiveActionRefusal.InvalidTransition,
            CorrectiveActionRules.CheckTransition(Action(CorrectiveActionStatus.Done), CorrectiveActionStatus.InProgress, null));
        Assert.Equal(CorrectiveActionRefusal.InvalidTransition,
            CorrectiveActionRules.CheckTransition(Action(), CorrectiveActionStatus.Open, null));
        Assert.Null(CorrectiveActionRules.CheckTransition(Action(), CorrectiveActionStatus.InProgress, null));
        Assert.Null(CorrectiveActionRules.CheckTransition(Action(CorrectiveActionStatus.InProgress), CorrectiveActionStatus.Done, "鍵を交換した"));
    }

    [Fact]
    public void IsOverdue_AroundMidnightJst_FlipsAtJapanMidnight()
    {
        var action = Action(due: new DateOnly(2026, 12, 1));
        // 2026-12-01 23:59:59 JST = 14:59:59 UTC: still the due date, not overdue.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 14, 59, 59, TimeSpan.Zero));
        Assert.False(action.IsOverdue(JapanTime.Today(time)));
        time.Advance(TimeSpan.FromSeconds(1)); // 2026-12-02 00:00 JST, though still 12-01 in UTC
        Assert.True(action.IsOverdue(JapanTime.Today(time)));
        Assert.Equal(1, action.DaysOverdue(JapanTime.Today(time)));
        Assert.False((action with { Status = CorrectiveActionStatus.Done }).IsOverdue(JapanTime.Today(time)));
    }

    [Fact]
    public void CleanText_MyNumber_Masked()
    {
        Assert.Equal("番号 ************ を削除", CorrectiveActionRules.CleanText(" 番号 123456789018 を削除 "));
    }
}
