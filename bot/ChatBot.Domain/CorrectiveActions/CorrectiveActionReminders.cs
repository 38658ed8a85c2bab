using ChatBot.Domain.Time;

namespace ChatBot.Domain.CorrectiveActions;

/// <summary>When the owner is reminded: <see cref="DaysBefore"/> days before the due date, then every <see cref="OverdueEveryDays"/> days after it.</summary>
public sealed record ReminderPolicy(int DaysBefore = 3, int OverdueEveryDays = 7, int HourInJapan = 9)
{
    public static ReminderPolicy Default { get; } = new();
}

/// <summary>The reminder schedule as a pure function; the host turns each occurrence into a durable timer.</summary>
public static class CorrectiveActionReminders
{
    /// <summary>
    /// The first reminder strictly after <paramref name="after"/>: at <see cref="ReminderPolicy.HourInJapan"/> JST on
    /// due − DaysBefore, then on due + k × OverdueEveryDays (k = 1, 2, …). Never null: overdue reminders repeat until
    /// the action is closed (the handler stops the series).
    /// </summary>
    public static DateTimeOffset NextReminderAt(DateOnly dueDate, DateTimeOffset after, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.DaysBefore);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(policy.OverdueEveryDays);
        var time = new TimeOnly(policy.HourInJapan, 0);
        var before = JapanTime.At(dueDate.AddDays(-policy.DaysBefore), time);
        if (before > after) return before;

        // Smallest k ≥ 1 with due + k·N (at the hour) after `after`.
        var afterDate = JapanTime.DateOf(after);
        var k = Math.Max(1, (afterDate.DayNumber - dueDate.DayNumber) / policy.OverdueEveryDays);
        while (true)
        {
            var candidate = JapanTime.At(dueDate.AddDays(k * policy.OverdueEveryDays), time);
            if (candidate > after) return candidate;
            k++;
        }
    }
}
