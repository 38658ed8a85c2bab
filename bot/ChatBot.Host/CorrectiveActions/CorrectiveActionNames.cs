using ChatBot.Domain.CorrectiveActions;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>Stored spellings, audit action names and the timer kind.</summary>
internal static class CorrectiveActionNames
{
    public const string ReminderTimerKind = "corrective-action.reminder";
    public const string CreatedAction = "corrective-action.created";

    public static string ToDb(this CorrectiveActionOrigin origin) => origin switch
    {
        CorrectiveActionOrigin.Inspection => "inspection",
        CorrectiveActionOrigin.Assessment => "assessment",
        CorrectiveActionOrigin.Incident => "incident",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static CorrectiveActionOrigin ParseOrigin(string value) => value switch
    {
        "inspection" => CorrectiveActionOrigin.Inspection,
        "assessment" => CorrectiveActionOrigin.Assessment,
        "incident" => CorrectiveActionOrigin.Incident,
        _ => throw new FormatException($"Unknown corrective action origin '{value}'."),
    };

    public static string ToDb(this CorrectiveActionStatus status) => status.Code();

    public static CorrectiveActionStatus ParseStatus(string value) => value switch
    {
        "open" => CorrectiveActionStatus.Open,
        "in_progress" => CorrectiveActionStatus.InProgress,
        "done" => CorrectiveActionStatus.Done,
        "cancelled" => CorrectiveActionStatus.Cancelled,
        _ => throw new FormatException($"Unknown corrective action status '{value}'."),
    };

    public static string ReminderKey(string actionId, DateTimeOffset at) =>
        $"corrective-action:{actionId}:reminder:{at.ToUnixTimeMilliseconds()}";
}
