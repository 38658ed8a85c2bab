using ChatBot.Domain.CorrectiveActions;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>Settings of the <c>CorrectiveActions</c> configuration section.</summary>
public sealed class CorrectiveActionOptions
{
    public const string SectionName = "CorrectiveActions";

    /// <summary>First reminder, days before the due date.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>After the due date, remind every this many days until closed.</summary>
    public int OverdueReminderEveryDays { get; set; } = 7;

    /// <summary>Hour of day (JST) reminders are sent.</summary>
    public int ReminderHourInJapan { get; set; } = 9;

    internal ReminderPolicy Policy => new(ReminderDaysBefore, OverdueReminderEveryDays, ReminderHourInJapan);
}
