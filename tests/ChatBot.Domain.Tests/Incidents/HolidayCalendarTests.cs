using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class HolidayCalendarTests
{
    [Fact]
    public void Load_RealFile_CoversThrough2028()
    {
        Assert.Equal(Date("2025-01-01"), Calendar.CoveredFrom);
        Assert.Equal(Date("2028-12-31"), Calendar.CoveredUntil);
        Assert.True(Calendar.IsCovered(Date("2027-06-01")));
        Assert.False(Calendar.IsCovered(Date("2029-01-01")));
        Assert.Contains(Date("2028-03-20"), Calendar.ProvisionalDates);
    }

    [Theory]
    [InlineData("2026-05-06", true)]  // 振替休日
    [InlineData("2026-09-22", true)]  // 国民の休日
    [InlineData("2027-03-22", true)]  // 振替休日
    [InlineData("2026-05-07", false)]
    [InlineData("2026-12-29", false)] // year-end closure, not a national holiday
    public void IsNationalHoliday_IncludesSubstituteAndCitizensHolidays(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsNationalHoliday(Date(date)));

    [Theory]
    [InlineData("2026-12-28", false)]
    [InlineData("2026-12-29", true)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-03", true)]
    [InlineData("2027-01-04", false)]
    public void IsYearEnd_IsDec29ToJan3(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsYearEnd(Date(date)));

    private const string Valid = """
        covers: { from: 2026-01-01, to: 2026-12-31 }
        year_end: { from: "12-29", to: "01-03" }
        holidays:
          - { date: 2026-01-01, name: { ja: 元日, en: New Year's Day } }
        """;

    [Fact]
    public void Parse_MinimalFile_IsValid() =>
        Assert.True(HolidayCalendarLoader.Parse(Valid, "holidays.yaml").IsNationalHoliday(Date("2026-01-01")));

    [Theory]
    [InlineData("{ from: 2026-01-01, to: 2026-12-31 }", "{ from: 2026-01-01 }", "holidays.yaml: covers.to: is required")]
    [InlineData("{ from: 2026-01-01, to: 2026-12-31 }", "{ from: 2026-13-01, to: 2026-12-31 }", "holidays.yaml: covers.from: '2026-13-01' must be a date")]
    [InlineData("year_end: { from: \"12-29\", to: \"01-03\" }", "year_end: { from: \"12-32\", to: \"01-03\" }", "holidays.yaml: year_end.from: '12-32' must be a month and day")]
    [InlineData("2026-01-01, name", "2027-01-01, name", "holidays.yaml: holidays[0].date: 2027-01-01 is outside covers")]
    [InlineData("en: New Year's Day", "fr: Jour de l'an", "holidays.yaml: holidays[0].name: needs both ja and en")]
    [InlineData("holidays:", "days:", "holidays.yaml: holidays: is required")]
    public void Parse_InvalidFile_NamesFileAndField(string replace, string with, string expected)
    {
        var yaml = Valid.Replace(replace, with, StringComparison.Ordinal);
        var e = Assert.Throws<IncidentDataException>(() => HolidayCalendarLoader.Parse(yaml, "holidays.yaml"));
        Assert.Contains(e.Errors, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DuplicateDate_IsAnError()
    {
        var yaml = Valid + "\n  - { date: 2026-01-01, name: { ja: 元日, en: New Year } }\n";
        var e = Assert.Throws<IncidentDataException>(() => HolidayCalendarLoader.Parse(yaml, "holidays.yaml"));
        Assert.Contains("holidays.yaml: holidays[1].date: 2026-01-01 is listed twice", e.Errors);
    }

    [Theory]
    [InlineData("2026-11-23T03:00:00Z", 0, false)]
    [InlineData("2028-12-31T14:59:00Z", 0, false)] // 23:59 JST on the last covered day
    [InlineData("2028-12-31T15:00:00Z", 0, true)]  // already 2029-01-01 in Japan
    [InlineData("2028-11-15T00:00:00Z", 60, true)] // a 60-day deadline from today could fall in 2029
    [InlineData("2028-10-01T00:00:00Z", 60, false)]
    public void NeedsUpdate_ComparesTodayInJapanPlusHorizon(string utcNow, int horizon, bool expected)
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, IncidentTestData.Calendar.NeedsUpdate(time, horizon));
    }
}
