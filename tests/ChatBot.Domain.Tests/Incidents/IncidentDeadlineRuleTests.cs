using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

/// <summary>確報 deadlines for 2025–2027 (規則第3条第2項, 行政機関の休日に関する法律第2条): the day of learning in Japan is
/// day 1; a last day on Sat, Sun, a holiday (振替休日・国民の休日 included) or 29 Dec–3 Jan moves to the next day that is
/// none of these. Weekdays and holidays checked with python3 against the holiday law's rules.</summary>
public class IncidentDeadlineRuleTests
{
    [Theory]
    // Golden Week 2026: Sun 3 (憲法記念日), Mon 4, Tue 5, Wed 6 (振替休日) May → Thu 7 May.
    [InlineData("2026-04-04", 30, "2026-05-07")] // day 30 Sun 3 May
    [InlineData("2026-04-05", 30, "2026-05-07")] // day 30 Mon 4 May みどりの日
    [InlineData("2026-04-06", 30, "2026-05-07")] // day 30 Tue 5 May こどもの日
    [InlineData("2026-04-07", 30, "2026-05-07")] // day 30 Wed 6 May 振替休日
    [InlineData("2026-03-05", 60, "2026-05-07")] // day 60 Sun 3 May
    [InlineData("2025-04-04", 30, "2025-05-07")] // 2025: Sat 3, Sun 4, Mon 5, Tue 6 (振替休日) → Wed 7 May
    [InlineData("2027-04-02", 30, "2027-05-06")] // 2027: Sat 1, Sun 2, Mon 3–Wed 5 → Thu 6 May
    // Year end 2026/27: 29 Dec–3 Jan → Mon 4 Jan 2027.
    [InlineData("2026-11-30", 30, "2027-01-04")] // day 30 Tue 29 Dec
    [InlineData("2026-12-02", 30, "2027-01-04")] // day 30 Thu 31 Dec
    [InlineData("2026-12-03", 30, "2027-01-04")] // day 30 Fri 1 Jan (元日 and year end)
    [InlineData("2026-12-05", 30, "2027-01-04")] // day 30 Sun 3 Jan
    [InlineData("2026-12-06", 30, "2027-01-04")] // day 30 Mon 4 Jan: open, stays
    [InlineData("2026-10-31", 60, "2027-01-04")] // day 60 Tue 29 Dec
    // Year end 2025/26: 4 Jan 2026 is a Sunday → Mon 5 Jan.
    [InlineData("2025-11-30", 30, "2026-01-05")] // day 30 Mon 29 Dec
    [InlineData("2025-12-05", 30, "2026-01-05")] // day 30 Sat 3 Jan
    // Year end 2027/28: 29 Dec is a Wednesday but closed → Tue 4 Jan 2028.
    [InlineData("2027-11-30", 30, "2028-01-04")]
    [InlineData("2027-12-05", 30, "2028-01-04")] // day 30 Mon 3 Jan
    // 成人の日 Mon 11 Jan 2027 → Tue 12 Jan.
    [InlineData("2026-12-13", 30, "2027-01-12")]
    // 振替休日.
    [InlineData("2025-01-26", 30, "2025-02-25")] // Mon 24 Feb 2025 (天皇誕生日 on a Sunday)
    [InlineData("2025-10-26", 30, "2025-11-25")] // Mon 24 Nov 2025 (勤労感謝の日 on a Sunday)
    [InlineData("2027-02-21", 30, "2027-03-23")] // Mon 22 Mar 2027 (春分の日 on a Sunday)
    // 国民の休日 Tue 22 Sep 2026 (between 敬老の日 and 秋分の日) → Thu 24 Sep.
    [InlineData("2026-08-24", 30, "2026-09-24")]
    [InlineData("2026-08-23", 30, "2026-09-24")] // day 30 Mon 21 Sep 敬老の日
    // Plain weekdays and weekends.
    [InlineData("2026-04-30", 30, "2026-05-29")] // Fri
    [InlineData("2026-05-01", 30, "2026-06-01")] // Sat → Mon
    [InlineData("2026-04-30", 60, "2026-06-29")] // Sun → Mon
    public void Classify_FinalReportDue(string dayOne, int days, string expected)
    {
        // 60 days: stated wrongful purpose combined with more than 100 persons; 30 days: more than 100 persons alone.
        var facts = Facts(persons: 150, learned: dayOne + " 10:00") with { WrongfulPurpose = days == 60 };
        var result = Classify(facts);
        Assert.Equal(IncidentOutcome.MandatoryReport, result.Outcome);
        Assert.Equal(Date(dayOne), result.DayOne);
        Assert.Equal(days, result.FinalReportDays);
        Assert.Equal(Date(expected), result.FinalReportDue);
        Assert.Equal(Date(expected), DeadlineCalculator.DueDate(Date(dayOne), days, Calendar));
    }

    [Theory]
    [InlineData("2026-04-29T15:00:00Z", "2026-04-30", "2026-05-29")] // 00:00 JST on 30 April
    [InlineData("2026-04-29T14:59:00Z", "2026-04-29", "2026-05-28")] // 23:59 JST on 29 April
    [InlineData("2026-04-30T20:00:00Z", "2026-05-01", "2026-06-01")] // late evening UTC = next morning in Japan; day 30 Sat
    [InlineData("2026-12-02T22:00:00-05:00", "2026-12-03", "2027-01-04")]
    public void Classify_DayOneIsTheJapanDate(string instant, string dayOne, string due)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        var result = Classify(Facts(persons: 101) with { LearnedAt = at });
        Assert.Equal(Date(dayOne), result.DayOne);
        Assert.Equal(Date(due), result.FinalReportDue);
    }

    [Theory]
    [InlineData("2026-04-30", "2026-05-02", "2026-05-04")]
    [InlineData("2026-12-30", "2027-01-01", "2027-01-03")] // a target, not a legal last day: not moved
    public void Classify_PreliminaryTargetIsDay3ToDay5(string dayOne, string from, string to) =>
        Assert.Equal(new ReportWindow(Date(from), Date(to)), Classify(Facts(persons: 101, learned: dayOne + " 09:00")).PreliminaryReport);

    [Theory]
    [InlineData(IncidentCause.Theft, false, 3, 60)]
    [InlineData(IncidentCause.UnauthorizedAccess, true, 500, 60)]
    [InlineData(IncidentCause.EmployeeTakeOut, false, 500, 60)]
    [InlineData(IncidentCause.Misconfiguration, true, 500, 30)]
    [InlineData(IncidentCause.Misdirected, false, 500, 30)]
    public void Classify_60DaysWheneverWrongfulPurposeApplies(IncidentCause cause, bool viewable, int persons, int days) =>
        Assert.Equal(days, Classify(Facts(cause: cause, persons: persons) with { ViewableByOutsidersElectronically = viewable }).FinalReportDays);
}
