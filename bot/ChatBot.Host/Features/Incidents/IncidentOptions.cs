namespace ChatBot.Host.Features.Incidents;

/// <summary>Settings of the <c>Incidents</c> section.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    public EscalationOptions Escalation { get; set; } = new();

    /// <summary>Days before a step's due date when the owner is reminded (09:00 Japan time).</summary>
    public int ReminderDaysBefore { get; set; } = 1;

    /// <summary>Warn at start when the holiday list does not reach this many days past today.</summary>
    public int CalendarHorizonDays { get; set; } = 90;
}

/// <summary>How long a level has to acknowledge before the next one is told, per severity.</summary>
public sealed class EscalationOptions
{
    /// <summary>When a PPC report is mandatory.</summary>
    public TimeSpan MandatoryReport { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Every other outcome.</summary>
    public TimeSpan Default { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Reminders to every level after the top was reached, one per period, before the bot stops.</summary>
    public int RemindersAtTop { get; set; } = 3;

    public TimeSpan DelayFor(Domain.Incidents.IncidentOutcome outcome) =>
        outcome == Domain.Incidents.IncidentOutcome.MandatoryReport ? MandatoryReport : Default;
}
