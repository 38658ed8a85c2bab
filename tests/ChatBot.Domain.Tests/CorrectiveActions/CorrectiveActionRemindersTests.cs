using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;

namespace ChatBot.Domain.Tests.CorrectiveActions;

public sealed class CorrectiveActionRemindersTests
{
    private static readonly DateOnly Due = new(2026, 12, 10);
    private static readonly TimeOnly Nine = new(9, 0);

    [Fact]
    public void NextReminderAt_WellBefore_ThreeDaysBeforeAtNineJst()
    {
        var next = CorrectiveActionReminders.NextReminderAt(Due, JapanTime.At(new DateOnly(2026, 11, 1), Nine), ReminderPolicy.Default);
        Assert.Equal(JapanTime.At(new DateOnly(2026, 12, 7), Nine), next);
        Assert.Equal(TimeSpan.FromHours(9), JapanTime.ToJapan(next).Offset);
    }

    [Fact]
    public void NextReminderAt_SeriesAfterTheFirst_EveryNDaysOverdue()
    {
        var series = new List<DateOnly>();
        var at = JapanTime.At(new DateOnly(2026, 11, 1), Nine);
        for (var i = 0; i < 4; i++)
        {
            at = CorrectiveActionReminders.NextReminderAt(Due, at, ReminderPolicy.Default);
            series.Add(JapanTime.DateOf(at));
        }

        Assert.Equal([new(2026, 12, 7), new(2026, 12, 17), new(2026, 12, 24), new(2026, 12, 31)], series);
    }

    [Fact]
    public void NextReminderAt_CreatedAfterTheBeforeReminder_FirstOverdueOne()
    {
        var next = CorrectiveActionReminders.NextReminderAt(Due, JapanTime.At(new DateOnly(2026, 12, 9), Nine), ReminderPolicy.Default);
        Assert.Equal(JapanTime.At(new DateOnly(2026, 12, 17), Nine), next);
    }

    [Fact]
    public void NextReminderAt_LongOverdue_NextStepOfTheSeries()
    {
        var next = CorrectiveActionReminders.NextReminderAt(Due, JapanTime.At(new DateOnly(2027, 1, 20), new TimeOnly(12, 0)), new ReminderPolicy(3, 7));
        Assert.Equal(JapanTime.At(new DateOnly(2027, 1, 21), Nine), next); // due + 42 days
    }
}
