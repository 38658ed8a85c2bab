using ChatBot.Host.Features.Knowledge;

namespace ChatBot.Host.Tests.Knowledge;

public sealed class AnswerLogPurgeScheduleTests
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    [Theory]
    [InlineData("2026-06-01T02:59:59", "2026-06-01T03:00:00")]
    [InlineData("2026-06-01T03:00:00", "2026-06-02T03:00:00")]
    [InlineData("2026-06-01T23:30:00", "2026-06-02T03:00:00")]
    [InlineData("2026-12-31T10:00:00", "2027-01-01T03:00:00")]
    public void NextRunAfter_JapanWallClock_NextThreeOClockStrictlyAfter(string japanNow, string expected)
    {
        var now = new DateTimeOffset(DateTime.Parse(japanNow, System.Globalization.CultureInfo.InvariantCulture), Japan);

        var next = AnswerLogPurgeSchedule.NextRunAfter(now);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Japan), next);
    }

    [Fact]
    public void KeyFor_SameJapanDate_SameKey()
    {
        var due = new DateTimeOffset(2026, 6, 1, 18, 0, 0, TimeSpan.Zero); // 2 June 03:00 in Japan

        Assert.Equal("knowledge:answer-log-purge:2026-06-02", AnswerLogPurgeSchedule.KeyFor(due));
    }
}
