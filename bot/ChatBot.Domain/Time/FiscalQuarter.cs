namespace ChatBot.Domain.Time;

/// <summary>
/// A quarter of the Japanese fiscal year, which starts on 1 April: FY2026 Q1 is April–June 2026 and
/// FY2026 Q4 is January–March 2027.
/// </summary>
public readonly record struct FiscalQuarter(int FiscalYear, int Quarter) : IComparable<FiscalQuarter>
{
    public static FiscalQuarter Of(DateOnly date)
    {
        var fiscalYear = date.Month >= 4 ? date.Year : date.Year - 1;
        var monthsIntoYear = (date.Month + 8) % 12; // April → 0 … March → 11
        return new FiscalQuarter(fiscalYear, monthsIntoYear / 3 + 1);
    }

    public static FiscalQuarter Current(TimeProvider time) => Of(JapanTime.Today(time));

    public DateOnly FirstDay
    {
        get
        {
            var month = 4 + (Quarter - 1) * 3;
            return month > 12 ? new DateOnly(FiscalYear + 1, month - 12, 1) : new DateOnly(FiscalYear, month, 1);
        }
    }

    public DateOnly LastDay => Next().FirstDay.AddDays(-1);

    public FiscalQuarter Next() => Quarter == 4 ? new FiscalQuarter(FiscalYear + 1, 1) : this with { Quarter = Quarter + 1 };

    public int CompareTo(FiscalQuarter other) =>
        FiscalYear != other.FiscalYear ? FiscalYear.CompareTo(other.FiscalYear) : Quarter.CompareTo(other.Quarter);

    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) < 0;
    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) > 0;
    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) <= 0;
    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) >= 0;

    /// <summary>Stable key such as <c>FY2026-Q4</c>.</summary>
    public override string ToString() => $"FY{FiscalYear}-Q{Quarter}";
}
