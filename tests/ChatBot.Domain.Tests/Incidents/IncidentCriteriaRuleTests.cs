using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

/// <summary>規則第2条第1号〜第4号, each alone and combined, per kind (漏えい・滅失・毀損 / 第9条違反の利用 / 第19条違反の提供).
/// Rows follow the rule text, not the classifier's examples.</summary>
public class IncidentCriteriaRuleTests
{
    private const IncidentKind Leak = IncidentKind.Leak, Loss = IncidentKind.Loss, Damage = IncidentKind.Damage,
        Use = IncidentKind.UnauthorizedUse, Provision = IncidentKind.UnauthorizedProvision;
    private const IncidentSystemType Ord = IncidentSystemType.Ordinary, Net = IncidentSystemType.NetworkSystem,
        NumUse = IncidentSystemType.NumberUseSystem, Gov = IncidentSystemType.GovernmentRelatedSystem;
    private const IncidentCause Other = IncidentCause.Other, Misdirected = IncidentCause.Misdirected, Theft = IncidentCause.Theft,
        Access = IncidentCause.UnauthorizedAccess, TakeOut = IncidentCause.EmployeeTakeOut, Config = IncidentCause.Misconfiguration;
    private const IncidentOutcome Mandatory = IncidentOutcome.MandatoryReport, BestEffort = IncidentOutcome.BestEffortReport;

    // Criteria by their number in 規則第2条, written as "1,2,3,4"; persons as "estimate/max" ("-" = not given).
    [Theory]
    // 第1号: systems of the network, 個人番号利用事務, 行政機関等の関係事務 — only for 漏えい等.
    [InlineData(Leak, Other, "3/3", Net, false, false, Mandatory, "1")]
    [InlineData(Leak, Other, "3/3", NumUse, false, false, Mandatory, "1")]
    [InlineData(Leak, Other, "3/3", Gov, false, false, Mandatory, "1")]
    [InlineData(Damage, Other, "3/3", NumUse, false, false, Mandatory, "1")]
    [InlineData(Loss, Other, "3/3", Gov, false, false, Mandatory, "1")]
    [InlineData(Use, Other, "3/3", NumUse, false, false, BestEffort, "")]        // 第1号 is about 漏えい等 only
    [InlineData(Provision, Other, "3/3", Net, false, false, BestEffort, "")]
    [InlineData(Leak, Other, "3/3", Ord, false, false, BestEffort, "")]
    // 第2号: 不正の目的 — stated, or implied by theft, intrusion/ransomware, an employee taking data out.
    [InlineData(Leak, Other, "3/3", Ord, false, true, Mandatory, "2")]
    [InlineData(Leak, Theft, "1/1", Ord, false, false, Mandatory, "2")]
    [InlineData(Damage, Access, "1/1", Ord, false, false, Mandatory, "2")]          // ransomware
    [InlineData(Leak, TakeOut, "1/1", Ord, false, false, Mandatory, "2")]
    [InlineData(Use, Other, "2/2", Ord, false, true, Mandatory, "2")]               // 第2号ロ: wrongful use
    [InlineData(Provision, Other, "2/2", Ord, false, true, Mandatory, "2")]         // 第2号ハ: wrongful provision
    [InlineData(Provision, TakeOut, "2/2", Ord, false, false, Mandatory, "2")]
    [InlineData(Leak, Misdirected, "3/3", Ord, false, false, BestEffort, "")]       // a misdirected letter implies nothing
    [InlineData(Leak, Config, "3/3", Ord, false, false, BestEffort, "")]
    // 第3号: 不特定多数 could view it electronically.
    [InlineData(Leak, Config, "3/3", Ord, true, false, Mandatory, "3")]
    [InlineData(Leak, Other, "-/-", Ord, true, false, Mandatory, "3")]
    [InlineData(Provision, Other, "3/3", Ord, true, false, Mandatory, "3")]
    // 第4号: more than 100 — 100 is not, 101 is; the maximum when given, else the estimate; 漏えい等, 第9条, 第19条.
    [InlineData(Leak, Misdirected, "100/100", Ord, false, false, BestEffort, "")]
    [InlineData(Leak, Misdirected, "101/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Leak, Misdirected, "-/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Leak, Misdirected, "-/100", Ord, false, false, BestEffort, "")]
    [InlineData(Leak, Misdirected, "101/-", Ord, false, false, Mandatory, "4")]
    [InlineData(Leak, Misdirected, "100/-", Ord, false, false, BestEffort, "")]
    [InlineData(Leak, Misdirected, "10/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Leak, Misdirected, "90/100", Ord, false, false, BestEffort, "")]
    [InlineData(Loss, Other, "101/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Damage, Other, "101/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Use, Other, "100/100", Ord, false, false, BestEffort, "")]
    [InlineData(Use, Other, "101/101", Ord, false, false, Mandatory, "4")]
    [InlineData(Use, Other, "20/300", Ord, false, false, Mandatory, "4")]
    [InlineData(Provision, Other, "100/100", Ord, false, false, BestEffort, "")]
    [InlineData(Provision, Other, "101/101", Ord, false, false, Mandatory, "4")]
    // Combined.
    [InlineData(Leak, Theft, "150/150", Ord, false, false, Mandatory, "2,4")]
    [InlineData(Leak, Config, "500/500", NumUse, true, false, Mandatory, "1,3,4")]
    [InlineData(Leak, Access, "5000/5000", Gov, true, false, Mandatory, "1,2,3,4")]
    [InlineData(Use, Other, "200/200", NumUse, false, true, Mandatory, "2,4")]
    [InlineData(Provision, Other, "200/200", Net, true, true, Mandatory, "2,3,4")]
    public void Classify_Criteria(
        IncidentKind kind, IncidentCause cause, string persons, IncidentSystemType system, bool viewable, bool wrongful,
        IncidentOutcome outcome, string criteria)
    {
        var result = Classify(Facts(kind, cause, null) with
        {
            EstimatedPersons = Count(persons.Split('/')[0]),
            MaxPersons = Count(persons.Split('/')[1]),
            SystemType = system,
            ViewableByOutsidersElectronically = viewable,
            WrongfulPurpose = wrongful,
        });
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(criteria.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Id), result.MatchedCriteria);
        Assert.Equal(outcome == Mandatory, result.IndividualNotificationRequired);
        Assert.Equal(outcome == Mandatory ? (criteria.Contains('2') ? 60 : 30) : null, result.FinalReportDays);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Classify_SuspectedCountsLikeConfirmed(bool suspected)
    {
        // おそれ: a suspected case decides exactly like a confirmed one.
        Assert.Equal(Mandatory, Classify(Facts(persons: 101) with { SuspectedOnly = suspected }).Outcome);
        Assert.Equal(Mandatory, Classify(Facts(cause: Theft) with { SuspectedOnly = suspected }).Outcome);
        Assert.Equal(BestEffort, Classify(Facts(persons: 100) with { SuspectedOnly = suspected }).Outcome);
    }

    [Fact]
    public void Classify_ChangedFacts_GiveTheNewResult()
    {
        // A pure function of the facts: the same facts give the same result; corrected facts give the new one.
        var first = Facts(persons: null) with { EstimatedPersons = 60 };
        Assert.Equal(BestEffort, Classify(first).Outcome);
        Assert.Equal(BestEffort, Classify(first).Outcome);
        var upperBound = Classify(first with { MaxPersons = 101 });
        Assert.Equal(Mandatory, upperBound.Outcome);
        Assert.Equal(30, upperBound.FinalReportDays);
        var wrongful = Classify(first with { MaxPersons = 101, WrongfulPurpose = true });
        Assert.Equal(60, wrongful.FinalReportDays);
        Assert.Equal(Date("2026-06-29"), wrongful.FinalReportDue);
        Assert.Equal(BestEffort, Classify(first with { MaxPersons = 100 }).Outcome);
    }

    private static int? Count(string text) => text == "-" ? null : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Id(string number) => number switch
    {
        "1" => "criterion-network-system",
        "2" => "criterion-wrongful-purpose",
        "3" => "criterion-unspecified-many",
        "4" => "criterion-over-100-persons",
        _ => throw new ArgumentOutOfRangeException(nameof(number)),
    };
}
