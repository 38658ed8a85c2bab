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

    [Fact]
    public void Classify_NotAnIncident_NoAppiSuggestion() =>
        Assert.False(Warns(Facts() with { SensitivePersonalInformation = true, RecoveredBeforeViewedByOutsiders = true }, "個人情報保護法"));
}
