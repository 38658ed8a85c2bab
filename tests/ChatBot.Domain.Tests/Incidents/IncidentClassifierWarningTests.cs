using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class IncidentClassifierWarningTests
{
    private static bool Warns(IncidentFacts facts, string ja) =>
        Classify(facts).Warnings.Any(w => w.Ja.Contains(ja, StringComparison.Ordinal));

    [Fact]
    public void Classify_EstimateWithoutUpperBound_Warns() =>
        Assert.True(Warns(Facts(persons: null) with { EstimatedPersons = 80 }, "上限が入力されていません"));

    [Fact]
    public void Classify_EstimateAndUpperBound_WarnsThatTheMaximumIsUsed() =>
        Assert.True(Warns(Facts(persons: null) with { EstimatedPersons = 50, MaxPersons = 120 }, "最大数で判断"));

    [Fact]
    public void Classify_ConfirmedCount_NoCountWarning() =>
        Assert.Empty(Classify(Facts(persons: 150)).Warnings);

    [Fact]
    public void Classify_CountMissing_WarnsThatTheThresholdWasNotAssessed() =>
        Assert.True(Warns(Facts(persons: null), "本人の数が100人を超える"));

    [Theory]
    [InlineData(true, 3, IncidentCause.Misdirected, true)]   // 要配慮個人情報, even one person
    [InlineData(false, 3, IncidentCause.Theft, true)]        // wrongful purpose
    [InlineData(false, 1001, IncidentCause.Misdirected, true)] // more than 1,000
    [InlineData(false, 1000, IncidentCause.Misdirected, false)]
    [InlineData(false, 3, IncidentCause.Misdirected, false)]
    public void Classify_AppiCriteria_SuggestAnAppiReport(bool sensitive, int persons, IncidentCause cause, bool expected) =>
        Assert.Equal(expected, Warns(Facts(cause: cause, persons: persons) with { SensitivePersonalInformation = sensitive }, "個人情報保護法"));

    [Theory]
    [InlineData(3)]     // best effort under the My Number Act
    [InlineData(1)]
    [InlineData(150)]   // mandatory under both
    public void Classify_SensitiveInformation_SaysTheAppiReportIsMandatory(int persons)
    {
        // 要配慮個人情報 (e.g. disability status on a 源泉徴収票 or dependants' form): 個人情報保護法施行規則第7条第1号,
        // a duty even for one person, whatever the My Number Act says.
        var warnings = Classify(Facts(persons: persons) with { SensitivePersonalInformation = true }).Warnings;
        Assert.Contains(warnings, w => w.Ja.Contains("個人情報保護法", StringComparison.Ordinal) && w.Ja.Contains("義務", StringComparison.Ordinal)
            && w.Ja.Contains("1人分でも", StringComparison.Ordinal) && w.Ja.Contains("要配慮個人情報", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.En.Contains("Personal Information Protection Act", StringComparison.Ordinal)
            && w.En.Contains("mandatory", StringComparison.Ordinal) && w.En.Contains("even for one person", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_NoSensitiveInformation_NoAppiDutyStated() =>
        Assert.DoesNotContain(Classify(Facts(cause: IncidentCause.Theft)).Warnings, w => w.Ja.Contains("要配慮個人情報）", StringComparison.Ordinal));

    [Fact]
    public void Classify_NotAnIncident_NoAppiSuggestion() =>
        Assert.False(Warns(Facts() with { SensitivePersonalInformation = true, RecoveredBeforeViewedByOutsiders = true }, "個人情報保護法"));
}
