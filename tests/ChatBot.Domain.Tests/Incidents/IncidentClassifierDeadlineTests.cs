using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class IncidentClassifierDeadlineTests
{
    // Mandatory by count (101 persons, 30 days) or by theft (wrongful purpose, 60 days). Dates checked with python3.
    [Theory]
    [InlineData("2026-04-30 10:00", false, "2026-05-29")] // Thu; day 30 Fri 29 May
    [InlineData("2026-05-01 09:00", false, "2026-06-01")] // day 30 Sat 30 May → Mon
    [InlineData("2026-05-02 09:00", false, "2026-06-01")] // day 30 Sun 31 May → Mon
    [InlineData("2026-06-21 09:00", false, "2026-07-21")] // day 30 海の日 Mon 20 July → Tue
    [InlineData("2026-04-06 09:00", false, "2026-05-07")] // Golden Week: day 30 Tue 5 May, 6 May 振替休日 → Thu 7 May
    [InlineData("2026-08-24 09:00", false, "2026-09-24")] // 国民の休日 22 Sep, 秋分の日 23 Sep → Thu 24 Sep
    [InlineData("2026-12-02 09:00", false, "2027-01-04")] // Thu 31 Dec, year-end → Mon 4 Jan 2027
    [InlineData("2025-12-02 09:00", false, "2026-01-05")] // Wed 31 Dec, year-end; Sun 4 Jan → Mon 5 Jan 2026
    [InlineData("2026-04-30 10:00", true, "2026-06-29")]  // 60 days: day 60 Sun 28 June → Mon 29 June
    [InlineData("2026-11-03 10:00", true, "2027-01-04")]  // 60 days: day 60 Fri 1 Jan 2027 → Mon 4 Jan
    [InlineData("2026-05-01 01:00", false, "2026-06-01")] // = 2026-04-30T16:00Z, already 1 May in Japan
    [InlineData("2026-04-30 23:59", false, "2026-05-29")] // = 2026-04-30T14:59Z, still 30 April in Japan
    public void Classify_Mandatory_FinalReportDue(string learnedJst, bool wrongful, string expected)
    {
        var facts = wrongful ? Facts(cause: IncidentCause.Theft, learned: learnedJst) : Facts(persons: 101, learned: learnedJst);
        var result = Classify(facts);
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.Equal(Date(expected), result.FinalReportDue);
        Assert.Equal(wrongful ? 60 : 30, result.FinalReportDays);
    }

    [Fact]
    public void Classify_UtcInstantAfter15h_CountsFromTheNextJapanDay()
    {
        var result = Classify(Facts(persons: 101) with { LearnedAt = new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero) });
        Assert.Equal(Date("2026-05-01"), result.DayOne);
        Assert.Equal(Date("2026-06-01"), result.FinalReportDue); // day 30 is Sat 30 May
        Assert.Contains("土曜日", AllText(result.Reasoning));
    }

    [Theory]
    [InlineData("criterion-wrongful-purpose")]
    [InlineData("criterion-wrongful-purpose,criterion-over-100-persons")]
    [InlineData("criterion-wrongful-purpose,criterion-unspecified-many")]
    [InlineData("criterion-network-system,criterion-wrongful-purpose")]
    public void Classify_WrongfulPurposeAmongCriteria_Gives60Days(string criteria)
    {
        var facts = Facts() with
        {
            WrongfulPurpose = true,
            EstimatedPersons = criteria.Contains("over-100", StringComparison.Ordinal) ? 300 : 3,
            MaxPersons = criteria.Contains("over-100", StringComparison.Ordinal) ? 300 : 3,
            ViewableByOutsidersElectronically = criteria.Contains("unspecified", StringComparison.Ordinal),
            SystemType = criteria.Contains("network", StringComparison.Ordinal) ? IncidentSystemType.NumberUseSystem : IncidentSystemType.Ordinary,
        };
        var result = Classify(facts);
        Assert.Equal(criteria.Split(','), result.MatchedCriteria);
        Assert.Equal(60, result.FinalReportDays);
        Assert.Equal(Date("2026-06-29"), result.FinalReportDue);
    }

    [Theory]
    [InlineData(IncidentSystemType.NetworkSystem, false, 3)]
    [InlineData(IncidentSystemType.Ordinary, true, 3)]
    [InlineData(IncidentSystemType.Ordinary, false, 101)]
    [InlineData(IncidentSystemType.NumberUseSystem, true, 500)]
    public void Classify_WithoutWrongfulPurpose_Gives30Days(IncidentSystemType system, bool publicExposure, int persons)
    {
        var result = Classify(Facts(persons: persons) with { SystemType = system, ViewableByOutsidersElectronically = publicExposure });
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.Equal(30, result.FinalReportDays);
        Assert.Equal(Date("2026-05-29"), result.FinalReportDue);
    }

    [Fact]
    public void Classify_Mandatory_PreliminaryWindowIsDay3ToDay5()
    {
        var result = Classify(Facts(persons: 101));
        Assert.Equal(new ReportWindow(Date("2026-05-02"), Date("2026-05-04")), result.PreliminaryReport);
    }

    [Fact]
    public void Classify_GoldenWeek_ExplainsTheHoliday()
    {
        var text = AllText(Classify(Facts(persons: 101, learned: "2026-04-06 09:00")).Reasoning);
        Assert.Contains("こどもの日", text);
        Assert.Contains("2026年5月7日（木）", text);
        Assert.Contains("Thu 7 May 2026", text);
    }

    [Fact]
    public void Classify_YearEnd_ExplainsTheClosure() =>
        Assert.Contains("年末年始", AllText(Classify(Facts(persons: 101, learned: "2026-12-02 09:00")).Reasoning));

    [Fact]
    public void Classify_DueDateBeyondTheHolidayList_Warns()
    {
        // Day 30 is Mon 8 Jan 2029 (成人の日 that year): the list ends 2028-12-31.
        var result = Classify(Facts(persons: 101, learned: "2028-12-10 09:00"));
        Assert.Equal(Date("2029-01-08"), result.FinalReportDue);
        Assert.Contains(result.Warnings, w => w.Ja.Contains("holidays.yaml", StringComparison.Ordinal) && w.En.Contains("8 Jan 2029", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_DueDateInsideTheHolidayList_DoesNotWarnAboutIt() =>
        Assert.DoesNotContain(Classify(Facts(persons: 101)).Warnings, w => w.Ja.Contains("holidays.yaml", StringComparison.Ordinal));

    [Fact]
    public void Classify_DueDateOnAProvisionalEquinox_Warns()
    {
        // Day 30 = Mon 20 Mar 2028, the computed (not yet gazetted) 春分の日.
        var result = Classify(Facts(persons: 101, learned: "2028-02-20 09:00"));
        Assert.Equal(Date("2028-03-21"), result.FinalReportDue);
        Assert.Contains(result.Warnings, w => w.Ja.Contains("官報", StringComparison.Ordinal));
    }
}
