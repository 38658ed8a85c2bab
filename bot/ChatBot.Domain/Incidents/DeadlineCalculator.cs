using ChatBot.Domain.Time;

namespace ChatBot.Domain.Incidents;

/// <summary>Counts report deadlines in Japan time: the day of learning is day 1, weekends and holidays inside the
/// period count, and a last day that is closed moves to the next day that is not (行政機関の休日に関する法律第2条).</summary>
public static class DeadlineCalculator
{
    /// <summary>Saturday, Sunday, national holidays and Dec 29–Jan 3: the days the law closes administrative organs.</summary>
    public static IReadOnlySet<ClosedDay> AdministrativeClosedDays { get; } =
        new HashSet<ClosedDay> { ClosedDay.Saturday, ClosedDay.Sunday, ClosedDay.NationalHoliday, ClosedDay.YearEnd };

    /// <summary>The date in Asia/Tokyo of an instant: 2026-04-30T16:00Z is 2026-05-01.</summary>
    public static DateOnly DayOne(DateTimeOffset learnedAt) => JapanTime.DateOf(learnedAt);

    /// <summary>The calendar date of day <paramref name="dayNumber"/> when <paramref name="dayOne"/> is day 1.</summary>
    public static DateOnly Day(DateOnly dayOne, int dayNumber) => dayOne.AddDays(dayNumber - 1);

    /// <summary>Which day of the period <paramref name="date"/> is when <paramref name="dayOne"/> is day 1.</summary>
    public static int DayNumber(DateOnly dayOne, DateOnly date) => date.DayNumber - dayOne.DayNumber + 1;

    /// <summary>The deadline of a <paramref name="days"/>-day period starting on <paramref name="dayOne"/>.</summary>
    public static DateOnly DueDate(DateOnly dayOne, int days, HolidayCalendar calendar) =>
        DueDate(dayOne, days, calendar, AdministrativeClosedDays);

    public static DateOnly DueDate(DateOnly dayOne, int days, HolidayCalendar calendar, IReadOnlySet<ClosedDay> closedOn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return OnOrAfterBusinessDay(Day(dayOne, days), calendar, closedOn);
    }

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextBusinessDay(DateOnly date, HolidayCalendar calendar) =>
        OnOrAfterBusinessDay(date.AddDays(1), calendar, AdministrativeClosedDays);

    public static DateOnly NextBusinessDay(DateOnly date, HolidayCalendar calendar, IReadOnlySet<ClosedDay> closedOn) =>
        OnOrAfterBusinessDay(date.AddDays(1), calendar, closedOn);

    /// <summary><paramref name="date"/> itself when it is a business day, otherwise the next one.</summary>
    public static DateOnly OnOrAfterBusinessDay(DateOnly date, HolidayCalendar calendar, IReadOnlySet<ClosedDay> closedOn)
    {
        while (calendar.ClosedReason(date, closedOn) is not null) date = date.AddDays(1);
        return date;
    }

    public static bool IsBusinessDay(DateOnly date, HolidayCalendar calendar) =>
        calendar.ClosedReason(date, AdministrativeClosedDays) is null;
}
