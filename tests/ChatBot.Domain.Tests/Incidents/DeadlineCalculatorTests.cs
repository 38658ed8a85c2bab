using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class DeadlineCalculatorTests
{
    // Every row checked against the 2025–2028 calendar with python3 (weekdays) and the holiday law's rules.
    [Theory]
    [InlineData("2026-04-30", 30, "2026-05-29")] // day 30 Fri 29 May: a working day
    [InlineData("2026-03-02", 30, "2026-03-31")] // Tue, no holiday
    [InlineData("2026-05-01", 30, "2026-06-01")] // day 30 Sat 30 May → Mon 1 June
    [InlineData("2026-05-02", 30, "2026-06-01")] // day 30 Sun 31 May → Mon 1 June
    [InlineData("2026-06-21", 30, "2026-07-21")] // day 30 Mon 20 July 海の日 → Tue
    [InlineData("2027-02-21", 30, "2027-03-23")] // day 30 Mon 22 Mar 2027 振替休日 → Tue
    [InlineData("2026-04-06", 30, "2026-05-07")] // Golden Week: 5 May こどもの日, 6 May 振替休日 → Thu 7 May
    [InlineData("2025-04-06", 30, "2025-05-07")] // 2025: 5 May Mon, 6 May 振替休日 → Wed 7 May
    [InlineData("2026-08-24", 30, "2026-09-24")] // 22 Sep 国民の休日, 23 Sep 秋分の日 → Thu 24 Sep
    [InlineData("2026-08-21", 30, "2026-09-24")] // Sat 19 Sep, Sun, 敬老の日, 国民の休日, 秋分の日 → Thu 24 Sep
    [InlineData("2026-12-02", 30, "2027-01-04")] // Thu 31 Dec, year-end → Mon 4 Jan 2027
    [InlineData("2025-12-02", 30, "2026-01-05")] // Wed 31 Dec, year-end, Jan 4 2026 is a Sunday → Mon 5 Jan
    [InlineData("2027-11-30", 30, "2028-01-04")] // Wed 29 Dec 2027 (a weekday, but year-end) → Tue 4 Jan 2028
    [InlineData("2026-04-30", 60, "2026-06-29")] // day 60 Sun 28 June → Mon 29 June
    [InlineData("2026-11-03", 60, "2027-01-04")] // day 60 Fri 1 Jan → Mon 4 Jan
    [InlineData("2026-10-26", 60, "2026-12-24")] // day 60 Thu 24 Dec: a working day
    public void DueDate_DayOfLearningIsDayOne_RollsForwardOverClosedDays(string dayOne, int days, string expected) =>
        Assert.Equal(Date(expected), DeadlineCalculator.DueDate(Date(dayOne), days, Calendar));

    [Fact]
    public void DueDate_OneDayPeriod_IsTheDayItself() =>
        Assert.Equal(Date("2026-05-07"), DeadlineCalculator.DueDate(Date("2026-05-07"), 1, Calendar));

    [Theory]
    [InlineData("2026-04-30T16:00:00Z", "2026-05-01")] // 01:00 JST on 1 May
    [InlineData("2026-04-30T14:59:59Z", "2026-04-30")] // 23:59:59 JST
    [InlineData("2026-04-30T23:30:00-05:00", "2026-05-01")] // 13:30 JST
    public void DayOne_IsTheDateInJapan(string instant, string expected) =>
        Assert.Equal(Date(expected), DeadlineCalculator.DayOne(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-05-01", "2026-05-07")] // Fri → Sat, Sun, 4–6 May holidays → Thu
    [InlineData("2026-05-07", "2026-05-08")]
    [InlineData("2026-12-28", "2027-01-04")]
    [InlineData("2027-12-28", "2028-01-04")]
    [InlineData("2026-09-18", "2026-09-24")]
    public void NextBusinessDay_SkipsWeekendsHolidaysAndYearEnd(string date, string expected) =>
        Assert.Equal(Date(expected), DeadlineCalculator.NextBusinessDay(Date(date), Calendar));

    [Fact]
    public void DueDate_ExamplesInRulesYaml_Match()
    {
        // The five examples written in rules.yaml (deadlines.final.examples), checked by hand.
        Assert.Equal(Date("2026-05-29"), DeadlineCalculator.DueDate(Date("2026-04-30"), 30, Calendar));
        Assert.Equal(Date("2026-06-29"), DeadlineCalculator.DueDate(Date("2026-04-30"), 60, Calendar));
        Assert.Equal(Date("2026-05-07"), DeadlineCalculator.DueDate(Date("2026-04-06"), 30, Calendar));
        Assert.Equal(Date("2026-09-24"), DeadlineCalculator.DueDate(Date("2026-08-24"), 30, Calendar));
        Assert.Equal(Date("2027-01-04"), DeadlineCalculator.DueDate(Date("2026-12-02"), 30, Calendar));
    }

    [Fact]
    public void DayNumber_CountsTheFirstDayAsOne()
    {
        Assert.Equal(1, DeadlineCalculator.DayNumber(Date("2026-04-30"), Date("2026-04-30")));
        Assert.Equal(30, DeadlineCalculator.DayNumber(Date("2026-04-30"), Date("2026-05-29")));
    }
}
