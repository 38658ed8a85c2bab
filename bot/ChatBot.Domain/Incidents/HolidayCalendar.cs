using ChatBot.Domain.Time;

namespace ChatBot.Domain.Incidents;

/// <summary>Japanese national holidays (振替休日 and 国民の休日 included) and the year-end closure, from holidays.yaml.
/// Dates outside <see cref="CoveredFrom"/>..<see cref="CoveredUntil"/> are not known: check <see cref="IsCovered"/>.</summary>
public sealed class HolidayCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, LocalizedText> _holidays;

    public HolidayCalendar(
        IReadOnlyDictionary<DateOnly, LocalizedText> holidays,
        DateOnly coveredFrom,
        DateOnly coveredUntil,
        (int Month, int Day) yearEndFrom,
        (int Month, int Day) yearEndTo,
        IReadOnlySet<DateOnly>? provisionalDates = null)
    {
        _holidays = holidays;
        CoveredFrom = coveredFrom;
        CoveredUntil = coveredUntil;
        YearEndFrom = yearEndFrom;
        YearEndTo = yearEndTo;
        ProvisionalDates = provisionalDates ?? new HashSet<DateOnly>();
    }

    public DateOnly CoveredFrom { get; }

    /// <summary>The last date the list knows; the host warns at start when today is past it.</summary>
    public DateOnly CoveredUntil { get; }

    /// <summary>Start of the year-end closure (12-29).</summary>
    public (int Month, int Day) YearEndFrom { get; }

    /// <summary>End of the year-end closure (01-03), in the following year when it is before the start.</summary>
    public (int Month, int Day) YearEndTo { get; }

    /// <summary>Holidays not yet fixed by the official gazette (equinox days computed in advance).</summary>
    public IReadOnlySet<DateOnly> ProvisionalDates { get; }

    public IReadOnlyDictionary<DateOnly, LocalizedText> Holidays => _holidays;

    public bool IsCovered(DateOnly date) => date >= CoveredFrom && date <= CoveredUntil;

    /// <summary>True when the list stops before today (Japan) plus <paramref name="horizonDays"/>: a deadline counted from
    /// today could fall outside it. The host checks this at start (e.g. with 60 + a margin) and warns.</summary>
    public bool NeedsUpdate(TimeProvider time, int horizonDays = 0) =>
        !IsCovered(JapanTime.Today(time).AddDays(horizonDays));

    public bool IsNationalHoliday(DateOnly date) => _holidays.ContainsKey(date);

    public LocalizedText? HolidayName(DateOnly date) => _holidays.GetValueOrDefault(date);

    public bool IsYearEnd(DateOnly date)
    {
        var md = (date.Month, date.Day);
        return Compare(YearEndFrom, YearEndTo) <= 0
            ? Compare(md, YearEndFrom) >= 0 && Compare(md, YearEndTo) <= 0
            : Compare(md, YearEndFrom) >= 0 || Compare(md, YearEndTo) <= 0;
    }

    /// <summary>The first reason among <paramref name="closedOn"/> that the date is closed, or null on a working day.</summary>
    public ClosedDay? ClosedReason(DateOnly date, IReadOnlySet<ClosedDay> closedOn)
    {
        if (closedOn.Contains(ClosedDay.YearEnd) && IsYearEnd(date)) return ClosedDay.YearEnd;
        if (closedOn.Contains(ClosedDay.NationalHoliday) && IsNationalHoliday(date)) return ClosedDay.NationalHoliday;
        if (closedOn.Contains(ClosedDay.Saturday) && date.DayOfWeek == DayOfWeek.Saturday) return ClosedDay.Saturday;
        if (closedOn.Contains(ClosedDay.Sunday) && date.DayOfWeek == DayOfWeek.Sunday) return ClosedDay.Sunday;
        return null;
    }

    private static int Compare((int Month, int Day) a, (int Month, int Day) b) =>
        a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Day.CompareTo(b.Day);
}
