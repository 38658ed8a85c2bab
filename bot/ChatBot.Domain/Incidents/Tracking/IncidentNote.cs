namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>Information added after the report (masked text), by the reporter or a manager.</summary>
public sealed record IncidentNote(string AuthorAad, DateTimeOffset At, string Text);
