using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class IncidentClassifierContractorTests
{
    // We learned on Thu 2026-04-30 (day 1); prompt = by day 5, Mon 2026-05-04.
    private static IncidentFacts AsContractor(int persons, string? notified) => Facts(persons: persons) with
    {
        ContractorInvolved = true,
        WeAreContractor = true,
        ClientNotifiedAt = notified is null ? null : Jst(notified),
    };

    [Theory]
    [InlineData("2026-04-30 15:00", IncidentOutcome.ContractorReleased)] // same day
    [InlineData("2026-05-02 09:00", IncidentOutcome.ContractorReleased)] // day 3
    [InlineData("2026-05-04 18:00", IncidentOutcome.ContractorReleased)] // day 5
    [InlineData("2026-05-05 09:00", IncidentOutcome.MandatoryReport)]    // day 6: late
    [InlineData("2026-05-20 09:00", IncidentOutcome.MandatoryReport)]    // late
    public void Classify_ContractorNotice_ReleasesOnlyWhenPrompt(string notified, IncidentOutcome expected) =>
        Assert.Equal(expected, Classify(AsContractor(150, notified)).Outcome);

    [Fact]
    public void Classify_PromptNotice_NoReportNoNotificationClientCountsFromNotice()
    {
        var result = Classify(AsContractor(150, "2026-05-02 09:00"));
        Assert.Equal(IncidentOutcome.ContractorReleased, result.Outcome);
        Assert.Equal(["criterion-over-100-persons"], result.MatchedCriteria);
        Assert.False(result.IndividualNotificationRequired);
        Assert.Null(result.FinalReportDue);
        // The client's day 1 is Sat 2 May: day 30 Sun 31 May → Mon 1 June.
        Assert.Contains("2026年6月1日（月）", AllText(result.Reasoning));
    }

    [Fact]
    public void Classify_LateNotice_ContractorReportsItselfWithWarning()
    {
        var result = Classify(AsContractor(150, "2026-05-20 09:00"));
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.True(result.IndividualNotificationRequired);
        Assert.Equal(Date("2026-05-29"), result.FinalReportDue);
        Assert.Contains(result.Warnings, w => w.Ja.Contains("21日目", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_NotYetNotified_WarnsWithTheLastPromptDay()
    {
        var result = Classify(AsContractor(150, null));
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.Contains(result.Warnings, w => w.Ja.Contains("2026年5月4日（月）", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_PromptNoticeInBestEffortCase_IsReleasedToo() =>
        Assert.Equal(IncidentOutcome.ContractorReleased, Classify(AsContractor(3, "2026-05-01 09:00")).Outcome);

    [Fact]
    public void Classify_IncidentAtOurContractor_WeAreTheClientAndCountFromTheNotice()
    {
        var result = Classify(Facts(cause: IncidentCause.Contractor, persons: 150) with { ContractorInvolved = true });
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.Contains("委託元は委託先から通知を受けた時点", AllText(result.Reasoning));
    }
}
