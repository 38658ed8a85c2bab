using System.Text.Json;

namespace ChatBot.Host.Features.Incidents;

/// <summary>Timer kinds and keys of the incident feature (the shared durable timers run them).</summary>
public static class IncidentTimers
{
    public const string EscalateKind = "incident.escalate";
    public const string ReminderKind = "incident.reminder";

    public static string EscalateKey(string reference, int level) => $"incident:{reference}:escalate:{level}";

    public static string ReminderKey(string reference, string stepId, DateOnly due) => $"incident:{reference}:remind:{stepId}:{due:yyyyMMdd}";

    public static string Stream(string reference) => $"incident:{reference}";

    public static string EscalatePayload(string reference, int level) => JsonSerializer.Serialize(new EscalatePayloadData(reference, level), IncidentJson.Options);

    public static string ReminderPayload(string reference, string stepId, DateOnly due) => JsonSerializer.Serialize(new ReminderPayloadData(reference, stepId, due), IncidentJson.Options);

    public sealed record EscalatePayloadData(string Reference, int Level);

    public sealed record ReminderPayloadData(string Reference, string StepId, DateOnly Due);
}
