using ChatBot.Domain.Time;

namespace ChatBot.Domain.Inspections;

/// <summary>
/// When campaigns open: on <see cref="OpenDay"/> of the first month of each fiscal quarter (April, July, October,
/// January) at <see cref="OpenHour"/>:00 Japan time. A day past the month's end opens on its last day.
/// </summary>
public sealed record InspectionCalendar(int OpenDay = 1, int OpenHour = 9)
{
    public DateTimeOffset OpeningOf(FiscalQuarter quarter)
    {
        var first = quarter.FirstDay;
        var day = Math.Clamp(OpenDay, 1, DateTime.DaysInMonth(first.Year, first.Month));
        return JapanTime.At(new DateOnly(first.Year, first.Month, day), new TimeOnly(Math.Clamp(OpenHour, 0, 23), 0));
    }

    /// <summary>The quarter whose campaign is due at <paramref name="now"/> or next: the current one before its opening, else the next one.</summary>
    public FiscalQuarter NextToOpen(DateTimeOffset now)
    {
        var current = FiscalQuarter.Of(JapanTime.DateOf(now));
        return OpeningOf(current) > now ? current : current.Next();
    }

    /// <summary>The campaign key, e.g. <c>FY2026-Q3</c>.</summary>
    public static string KeyOf(FiscalQuarter quarter) => quarter.ToString();

    public static FiscalQuarter? ParseKey(string? key)
    {
        if (key is null || key.Length != 9 || !key.StartsWith("FY", StringComparison.Ordinal) || key[6] != '-' || key[7] != 'Q') return null;
        return int.TryParse(key.AsSpan(2, 4), out var year) && key[8] is >= '1' and <= '4'
            ? new FiscalQuarter(year, key[8] - '0')
            : null;
    }
}
