using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

/// <summary>Who must report and notify: 番号法第29条の4第1項ただし書・第2項, 規則第4条・第5条.</summary>
public class IncidentDutiesRuleTests
{
    private const IncidentOutcome Mandatory = IncidentOutcome.MandatoryReport, BestEffort = IncidentOutcome.BestEffortReport,
        Released = IncidentOutcome.ContractorReleased;

    // Learned Thu 2026-04-30 (day 1). Notice "-" = not notified; cases by how they are mandatory (or not).
    [Theory]
    [InlineData("count", "2026-05-01 09:00", Released, false)]
    [InlineData("theft", "2026-05-01 09:00", Released, false)]
    [InlineData("public", "2026-04-30 18:00", Released, false)]
    [InlineData("best-effort", "2026-05-01 09:00", Released, false)]
    [InlineData("count", "-", Mandatory, true)]            // not notified: not released
    [InlineData("theft", "-", Mandatory, true)]
    [InlineData("public", "-", Mandatory, true)]
    [InlineData("best-effort", "-", BestEffort, false)]    // not released, but no duty to release from either
    [InlineData("count", "2026-05-15 09:00", Mandatory, true)] // notified late: not released
    public void Classify_Contractor(string kind, string notice, IncidentOutcome outcome, bool mustNotify)
    {
        var facts = Case(kind) with
        {
            ContractorInvolved = true,
            WeAreContractor = true,
            ClientNotifiedAt = notice == "-" ? null : Jst(notice),
        };
        var result = Classify(facts);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(mustNotify, result.IndividualNotificationRequired);
        Assert.Equal(outcome == Mandatory, result.FinalReportDue is not null);
    }

    [Theory]
    [InlineData("count", Mandatory, true)]
    [InlineData("theft", Mandatory, true)]
    [InlineData("public", Mandatory, true)]
    [InlineData("network", Mandatory, true)]
    [InlineData("best-effort", BestEffort, false)]
    [InlineData("use-101", Mandatory, true)]
    [InlineData("provision-5", BestEffort, false)]
    public void Classify_IndividualsNotifiedWhenMandatory(string kind, IncidentOutcome outcome, bool mustNotify)
    {
        var result = Classify(Case(kind));
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(mustNotify, result.IndividualNotificationRequired);
        Assert.Contains(mustNotify ? "本人への通知が必要です" : "本人への連絡も努力義務", AllText(result.Reasoning));
    }

    [Fact]
    public void Classify_ClientOfAContractor_IsNotReleased()
    {
        // The incident happened at our contractor: we are the client and report ourselves.
        var result = Classify(Case("count") with { ContractorInvolved = true, ClientNotifiedAt = Jst("2026-04-30 12:00") });
        Assert.Equal(Mandatory, result.Outcome);
        Assert.True(result.IndividualNotificationRequired);
    }

    private static IncidentFacts Case(string kind) => kind switch
    {
        "count" => Facts(persons: 150),
        "theft" => Facts(cause: IncidentCause.Theft),
        "public" => Facts(cause: IncidentCause.Misconfiguration) with { ViewableByOutsidersElectronically = true },
        "network" => Facts() with { SystemType = IncidentSystemType.NumberUseSystem },
        "best-effort" => Facts(),
        "use-101" => Facts(IncidentKind.UnauthorizedUse, IncidentCause.Other, 101),
        "provision-5" => Facts(IncidentKind.UnauthorizedProvision, IncidentCause.Other, 5),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
