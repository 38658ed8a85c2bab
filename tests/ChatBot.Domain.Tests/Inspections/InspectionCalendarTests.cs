using ChatBot.Domain.Inspections;
using ChatBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Domain.Tests.Inspections;

public sealed class InspectionCalendarTests
{
    private static readonly InspectionCalendar Calendar = new(OpenDay: 1, OpenHour: 9);

    [Fact]
    public void NextToOpen_WalkingAFiscalYearHourly_OneOpeningPerQuarterIncludingJanuaryAcrossTheYearBoundary()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 15, 0, 0, TimeSpan.Zero)); // 2026-04-01 00:00 JST
        var opened = new List<(string Key, DateTimeOffset At)>();
        var pending = Calendar.NextToOpen(time.GetUtcNow());
        while (time.GetUtcNow() < new DateTimeOffset(2027, 4, 2, 0, 0, 0, TimeSpan.Zero))
        {
            if (Calendar.OpeningOf(pending) <= time.GetUtcNow())
            {
                opened.Add((InspectionCalendar.KeyOf(pending), JapanTime.ToJapan(Calendar.OpeningOf(pending))));
                pending = pending.Next(); // what the timer handler schedules
            }
            time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(["FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4", "FY2027-Q1"], opened.Select(o => o.Key));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), opened[3].At);
        Assert.All(opened, o => Assert.Equal(9, o.At.Hour));
    }

    [Theory]
    [InlineData("2026-10-01T08:59:00+09:00", "FY2026-Q3")] // before the opening hour: this quarter's is still ahead
    [InlineData("2026-10-01T09:00:00+09:00", "FY2026-Q4")]
    [InlineData("2026-12-31T23:59:00+09:00", "FY2026-Q4")]
    [InlineData("2027-03-15T12:00:00+09:00", "FY2027-Q1")]
    public void NextToOpen_AroundOpenings_PicksTheRightQuarter(string now, string expected) =>
        Assert.Equal(expected, InspectionCalendar.KeyOf(Calendar.NextToOpen(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void OpeningOf_ConfiguredDayBeyondMonthEnd_ClampedToLastDay()
    {
        var opening = new InspectionCalendar(OpenDay: 31, OpenHour: 10).OpeningOf(new FiscalQuarter(2026, 1));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 10, 0, 0, TimeSpan.FromHours(9)), opening);
    }

    [Theory]
    [InlineData("FY2026-Q4", 2026, 4)]
    [InlineData("FY2027-Q1", 2027, 1)]
    public void ParseKey_RoundTrips(string key, int year, int quarter) =>
        Assert.Equal(new FiscalQuarter(year, quarter), InspectionCalendar.ParseKey(key));

    [Theory]
    [InlineData("FY2026-Q5")]
    [InlineData("2026-Q1")]
    [InlineData(null)]
    public void ParseKey_Invalid_Null(string? key) => Assert.Null(InspectionCalendar.ParseKey(key));
}
