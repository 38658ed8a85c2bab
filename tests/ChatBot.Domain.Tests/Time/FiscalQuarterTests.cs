using ChatBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Domain.Tests.Time;

public class FiscalQuarterTests
{
    [Theory]
    [InlineData("2026-04-01", 2026, 1)]
    [InlineData("2026-06-30", 2026, 1)]
    [InlineData("2026-07-01", 2026, 2)]
    [InlineData("2026-12-31", 2026, 3)]
    [InlineData("2027-01-01", 2026, 4)]
    [InlineData("2027-03-31", 2026, 4)]
    public void Of_Date_GivesAprilStartFiscalQuarter(string date, int year, int quarter) =>
        Assert.Equal(new FiscalQuarter(year, quarter), FiscalQuarter.Of(DateOnly.Parse(date)));

    [Fact]
    public void FirstAndLastDay_OfQ4_SpanTheCalendarYearBoundary()
    {
        var q4 = new FiscalQuarter(2026, 4);
        Assert.Equal(new DateOnly(2027, 1, 1), q4.FirstDay);
        Assert.Equal(new DateOnly(2027, 3, 31), q4.LastDay);
        Assert.Equal(new FiscalQuarter(2027, 1), q4.Next());
        Assert.Equal("FY2026-Q4", q4.ToString());
    }

    [Fact]
    public void Current_UsesJapanDate_NotUtc()
    {
        // 2027-03-31 15:30 UTC is already 1 April 00:30 in Tokyo: a new fiscal year.
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 31, 15, 30, 0, TimeSpan.Zero));
        Assert.Equal(new FiscalQuarter(2027, 1), FiscalQuarter.Current(time));
        Assert.Equal(new DateOnly(2027, 4, 1), JapanTime.Today(time));
    }
}
