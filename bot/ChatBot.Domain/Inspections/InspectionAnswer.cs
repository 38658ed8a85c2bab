namespace ChatBot.Domain.Inspections;

/// <summary>An answer to one checklist item. Stored as <c>yes</c>, <c>no</c>, <c>not_applicable</c>.</summary>
public enum InspectionAnswer
{
    Yes,
    No,

    /// <summary>該当なし: the item does not apply to this department this quarter.</summary>
    NotApplicable,
}

public static class InspectionAnswerNames
{
    public static string ToDb(this InspectionAnswer answer) => answer switch
    {
        InspectionAnswer.Yes => "yes",
        InspectionAnswer.No => "no",
        _ => "not_applicable",
    };

    public static InspectionAnswer? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "yes" => InspectionAnswer.Yes,
        "no" => InspectionAnswer.No,
        "not_applicable" or "na" or "n/a" => InspectionAnswer.NotApplicable,
        _ => null,
    };
}
