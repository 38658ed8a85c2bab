using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class IncidentClassifierTests
{
    private const string Network = "criterion-network-system";
    private const string Wrongful = "criterion-wrongful-purpose";
    private const string Many = "criterion-unspecified-many";
    private const string Over100 = "criterion-over-100-persons";

    // A password ZIP (AES, properly set up) whose password went in the same email: the key is neither separate nor safe.
    private static readonly EncryptionFacts PasswordInSameMail = new(ApprovedAlgorithm: true, ProperlyImplemented: true, KeyKeptSeparately: false, KeyNotLeaked: false);

    private static readonly Dictionary<string, IncidentFacts> Scenarios = new()
    {
        ["misdirected letter, 3 persons"] = Facts(),
        ["number-use system"] = Facts() with { SystemType = IncidentSystemType.NumberUseSystem },
        ["network system"] = Facts() with { SystemType = IncidentSystemType.NetworkSystem },
        ["government system for 関係事務"] = Facts() with { SystemType = IncidentSystemType.GovernmentRelatedSystem },
        ["stated wrongful purpose"] = Facts() with { WrongfulPurpose = true },
        ["theft"] = Facts(cause: IncidentCause.Theft),
        ["unauthorized access"] = Facts(cause: IncidentCause.UnauthorizedAccess),
        ["employee take-out"] = Facts(cause: IncidentCause.EmployeeTakeOut),
        ["settings error, public"] = Facts(cause: IncidentCause.Misconfiguration) with { ViewableByOutsidersElectronically = true },
        ["settings error, not public"] = Facts(cause: IncidentCause.Misconfiguration),
        ["100 persons"] = Facts(persons: 100),
        ["101 persons"] = Facts(persons: 101),
        ["estimate 50, upper bound 120"] = Facts(persons: null) with { EstimatedPersons = 50, MaxPersons = 120 },
        ["estimate 50, upper bound 100"] = Facts(persons: null) with { EstimatedPersons = 50, MaxPersons = 100 },
        ["estimate 120, no upper bound"] = Facts(persons: null) with { EstimatedPersons = 120 },
        ["suspected, 101 persons"] = Facts(persons: 101) with { SuspectedOnly = true },
        ["suspected theft"] = Facts(cause: IncidentCause.Theft) with { SuspectedOnly = true },
        ["suspected, 3 persons"] = Facts() with { SuspectedOnly = true },
        ["use in breach of 第9条, 150 persons"] = Facts(IncidentKind.UnauthorizedUse, IncidentCause.Other, 150),
        ["provision in breach of 第19条, 150 persons"] = Facts(IncidentKind.UnauthorizedProvision, IncidentCause.Other, 150),
        ["use in breach of 第9条, 5 persons"] = Facts(IncidentKind.UnauthorizedUse, IncidentCause.Other, 5),
        ["wrongful provision, 5 persons"] = Facts(IncidentKind.UnauthorizedProvision, IncidentCause.Other, 5) with { WrongfulPurpose = true },
        ["theft, 150 persons"] = Facts(cause: IncidentCause.Theft, persons: 150),
        ["everything"] = Facts(cause: IncidentCause.UnauthorizedAccess, persons: 5000) with
        {
            SystemType = IncidentSystemType.NumberUseSystem, ViewableByOutsidersElectronically = true,
        },
        ["strong encryption, stolen laptop, 500 persons"] = Facts(cause: IncidentCause.Theft, persons: 500) with { Encryption = EncryptionFacts.Strong },
        ["password ZIP with password in same mail, 150"] = Facts(persons: 150) with { Encryption = PasswordInSameMail },
        ["encrypted, key stolen too"] = Facts(cause: IncidentCause.Theft) with { Encryption = EncryptionFacts.Strong with { KeyNotLeaked = false } },
        ["encrypted, unlisted algorithm, 150"] = Facts(persons: 150) with { Encryption = EncryptionFacts.Strong with { ApprovedAlgorithm = false } },
        ["envelope returned unopened, 150"] = Facts(persons: 150) with { RecoveredBeforeViewedByOutsiders = true },
        ["recovered, but was public on the internet"] = Facts(cause: IncidentCause.Misconfiguration) with
        {
            RecoveredBeforeViewedByOutsiders = true, ViewableByOutsidersElectronically = true,
        },
        ["shredded by mistake, copy kept"] = Facts(IncidentKind.Loss, IncidentCause.Other, 150) with { CopyKeptElsewhere = true },
        ["lost inside, copy kept, 150"] = Facts(IncidentKind.Loss, IncidentCause.Loss, 150) with { LostInsideCompany = true, CopyKeptElsewhere = true },
        ["lost inside, no copy, 3"] = Facts(IncidentKind.Loss, IncidentCause.Loss) with { LostInsideCompany = true },
        ["lost inside, no copy, 150"] = Facts(IncidentKind.Loss, IncidentCause.Loss, 150) with { LostInsideCompany = true },
        ["reported as leak, found missing inside"] = Facts(IncidentKind.Leak, IncidentCause.Loss) with { LostInsideCompany = true, CopyKeptElsewhere = true },
        ["lost outside, copy kept, 3"] = Facts(IncidentKind.Loss, IncidentCause.Loss) with { CopyKeptElsewhere = true },
        ["ransomware, backup kept"] = Facts(IncidentKind.Damage, IncidentCause.UnauthorizedAccess, 40) with { CopyKeptElsewhere = true },
        ["damaged file, backup kept"] = Facts(IncidentKind.Damage, IncidentCause.Other, 40) with { CopyKeptElsewhere = true },
        ["damaged file, no backup, 3"] = Facts(IncidentKind.Damage, IncidentCause.Other),
        ["misdirected email, copy kept (irrelevant for a leak)"] = Facts() with { CopyKeptElsewhere = true },
        ["persons unknown"] = Facts(persons: null),
    };

    public static TheoryData<string> ScenarioNames() => [.. Scenarios.Keys];

    [Theory]
    [InlineData("misdirected letter, 3 persons", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("number-use system", IncidentOutcome.MandatoryReport, Network, IncidentKind.Leak)]
    [InlineData("network system", IncidentOutcome.MandatoryReport, Network, IncidentKind.Leak)]
    [InlineData("government system for 関係事務", IncidentOutcome.MandatoryReport, Network, IncidentKind.Leak)]
    [InlineData("stated wrongful purpose", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("theft", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("unauthorized access", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("employee take-out", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("settings error, public", IncidentOutcome.MandatoryReport, Many, IncidentKind.Leak)]
    [InlineData("settings error, not public", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("100 persons", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("101 persons", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("estimate 50, upper bound 120", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("estimate 50, upper bound 100", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("estimate 120, no upper bound", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("suspected, 101 persons", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("suspected theft", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("suspected, 3 persons", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("use in breach of 第9条, 150 persons", IncidentOutcome.MandatoryReport, Over100, IncidentKind.UnauthorizedUse)]
    [InlineData("provision in breach of 第19条, 150 persons", IncidentOutcome.MandatoryReport, Over100, IncidentKind.UnauthorizedProvision)]
    [InlineData("use in breach of 第9条, 5 persons", IncidentOutcome.BestEffortReport, "", IncidentKind.UnauthorizedUse)]
    [InlineData("wrongful provision, 5 persons", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.UnauthorizedProvision)]
    [InlineData("theft, 150 persons", IncidentOutcome.MandatoryReport, Wrongful + "," + Over100, IncidentKind.Leak)]
    [InlineData("everything", IncidentOutcome.MandatoryReport, Network + "," + Wrongful + "," + Many + "," + Over100, IncidentKind.Leak)]
    [InlineData("strong encryption, stolen laptop, 500 persons", IncidentOutcome.NotReportable, "", IncidentKind.Leak)]
    [InlineData("password ZIP with password in same mail, 150", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("encrypted, key stolen too", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Leak)]
    [InlineData("encrypted, unlisted algorithm, 150", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Leak)]
    [InlineData("envelope returned unopened, 150", IncidentOutcome.NotAnIncident, "", IncidentKind.Leak)]
    [InlineData("recovered, but was public on the internet", IncidentOutcome.MandatoryReport, Many, IncidentKind.Leak)]
    [InlineData("shredded by mistake, copy kept", IncidentOutcome.NotAnIncident, "", IncidentKind.Loss)]
    [InlineData("lost inside, copy kept, 150", IncidentOutcome.NotAnIncident, "", IncidentKind.Loss)]
    [InlineData("lost inside, no copy, 3", IncidentOutcome.BestEffortReport, "", IncidentKind.Loss)]
    [InlineData("lost inside, no copy, 150", IncidentOutcome.MandatoryReport, Over100, IncidentKind.Loss)]
    [InlineData("reported as leak, found missing inside", IncidentOutcome.NotAnIncident, "", IncidentKind.Loss)]
    [InlineData("lost outside, copy kept, 3", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("ransomware, backup kept", IncidentOutcome.MandatoryReport, Wrongful, IncidentKind.Damage)]
    [InlineData("damaged file, backup kept", IncidentOutcome.NotAnIncident, "", IncidentKind.Damage)]
    [InlineData("damaged file, no backup, 3", IncidentOutcome.BestEffortReport, "", IncidentKind.Damage)]
    [InlineData("misdirected email, copy kept (irrelevant for a leak)", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    [InlineData("persons unknown", IncidentOutcome.BestEffortReport, "", IncidentKind.Leak)]
    public void Classify_Scenario_GivesOutcomeCriteriaAndKind(string scenario, IncidentOutcome outcome, string criteria, IncidentKind kind)
    {
        var result = Classify(Scenarios[scenario]);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(criteria.Split(',', StringSplitOptions.RemoveEmptyEntries), result.MatchedCriteria);
        Assert.Equal(kind, result.EffectiveKind);
    }

    [Fact]
    public void Scenarios_AllHaveAnExpectation() =>
        Assert.All(Scenarios.Keys, name => Assert.Contains(typeof(IncidentClassifierTests).GetMethod(nameof(Classify_Scenario_GivesOutcomeCriteriaAndKind))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>(), a => (string)a.GetData(null!).First()[0] == name));

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Classify_AnyScenario_ExplainsItselfInBothLanguages(string scenario)
    {
        var result = Classify(Scenarios[scenario]);
        Assert.NotEmpty(result.Reasoning);
        Assert.All(result.Reasoning.Concat(result.Warnings), line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Ja));
            Assert.False(string.IsNullOrWhiteSpace(line.En));
            Assert.DoesNotMatch(@"\{[a-z_]+\}", line.Ja + line.En); // every placeholder filled
        });
    }

    [Theory]
    [InlineData(99, IncidentOutcome.BestEffortReport)]
    [InlineData(100, IncidentOutcome.BestEffortReport)]
    [InlineData(101, IncidentOutcome.MandatoryReport)]
    [InlineData(102, IncidentOutcome.MandatoryReport)]
    public void Classify_PersonsAroundTheThreshold_MoreThan100IsMandatory(int persons, IncidentOutcome expected) =>
        Assert.Equal(expected, Classify(Facts(persons: persons)).Outcome);

    [Fact]
    public void Classify_CorrectedCount_GivesTheNewResult()
    {
        var first = Facts(persons: 80);
        Assert.Equal(IncidentOutcome.BestEffortReport, Classify(first).Outcome);
        var corrected = Classify(first with { EstimatedPersons = 150, MaxPersons = 150 });
        Assert.Equal(IncidentOutcome.MandatoryReport, corrected.Outcome);
        Assert.Equal([Over100], corrected.MatchedCriteria);
        Assert.Equal(Date("2026-05-29"), corrected.FinalReportDue);
    }

    [Fact]
    public void Classify_BestEffort_HasNoDeadlinesAndNoDutyToNotify()
    {
        var result = Classify(Facts());
        Assert.Null(result.FinalReportDue);
        Assert.Null(result.PreliminaryReport);
        Assert.False(result.IndividualNotificationRequired);
        Assert.True(result.IsReportable);
        Assert.Contains("努力義務", AllText(result.Reasoning));
    }

    [Fact]
    public void Classify_Mandatory_RequiresNotificationThatMayBeDelayed()
    {
        var result = Classify(Facts(persons: 101));
        Assert.True(result.IndividualNotificationRequired);
        Assert.True(result.IndividualNotificationMayBeDelayed);
        var text = AllText(result.Reasoning);
        Assert.Contains("規則第2条第4号", text);
        Assert.Contains("別添2 3D", text);
        Assert.Contains("規則第3条第2項", text);
        Assert.Contains("第29条の4第2項", text);
        Assert.Contains("遅らせる", text);
    }

    [Theory]
    [InlineData("strong encryption, stolen laptop, 500 persons")]
    [InlineData("envelope returned unopened, 150")]
    [InlineData("shredded by mistake, copy kept")]
    public void Classify_NotReportable_NoDeadlinesNoNotification(string scenario)
    {
        var result = Classify(Scenarios[scenario]);
        Assert.False(result.IsReportable);
        Assert.Null(result.FinalReportDue);
        Assert.False(result.IndividualNotificationRequired);
        Assert.Empty(result.MatchedCriteria);
    }

    [Fact]
    public void Classify_PasswordInSameMail_ExplainsWhichConditionsFailed()
    {
        var text = AllText(Classify(Scenarios["password ZIP with password in same mail, 150"]).Reasoning);
        // The algorithm was fine; none of the key-management alternatives ①–③ holds, and the card says they are alternatives.
        Assert.Contains("満たしていない条件：復号鍵の管理（①鍵をデータと分けて保管し鍵自体も守る、②遠隔削除できる、③第三者が鍵を使えない設計、のいずれか）", text);
        Assert.DoesNotContain("CRYPTREC", text);
        Assert.Contains("Q&A 17-14", text);
    }

    [Fact]
    public void Classify_WrongfulPurposeFromCause_SaysSo()
    {
        var text = AllText(Classify(Facts(cause: IncidentCause.Theft)).Reasoning);
        Assert.Contains("盗難", text);
        Assert.Contains("規則第2条第2号", text);
    }

    [Fact]
    public void Classify_MisdirectedEmailAlone_IsNotWrongful() =>
        Assert.DoesNotContain(Wrongful, Classify(Facts(persons: 150)).MatchedCriteria);
}
