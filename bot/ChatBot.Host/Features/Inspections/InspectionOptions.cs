namespace ChatBot.Host.Features.Inspections;

/// <summary>Settings of the <c>Inspections</c> configuration section.</summary>
public sealed class InspectionOptions
{
    public const string Section = "Inspections";

    /// <summary>Id of the bundled checklist under <c>knowledge/checklists/</c>.</summary>
    public string TemplateId { get; set; } = "pfa-quarterly";

    /// <summary>Optional YAML with the organization's <c>remove</c>/<c>add</c> items; relative to the content root.</summary>
    public string? TemplateOverridesPath { get; set; }

    /// <summary>Day of the quarter's first month a campaign opens (1–31; clamped to the month).</summary>
    public int OpenDay { get; set; } = 1;

    /// <summary>Hour (Japan time, 0–23) a campaign opens.</summary>
    public int OpenHour { get; set; } = 9;

    /// <summary>Remind handlers who have not submitted and managers who have not decided this often.</summary>
    public TimeSpan ReminderEvery { get; set; } = TimeSpan.FromDays(3);

    /// <summary>A NO answer's corrective action is due this many days after the approval (Japan date).</summary>
    public int CorrectiveActionDueDays { get; set; } = 30;

    /// <summary>
    /// Campaign cards are spread at this rate (outbox NotBefore), below Teams' global 50 messages/s per app and tenant,
    /// so a large fan-out is not answered with a wall of 429s (the outbox waits those out without using up attempts,
    /// but every 429 delays the campaign).
    /// </summary>
    public int FanOutPerSecond { get; set; } = 40;
}
