namespace ChatBot.Domain.Inspections;

/// <summary>Stored as <c>open</c>, <c>submitted</c>, <c>returned</c>, <c>approved</c>.</summary>
public enum InspectionSheetStatus
{
    /// <summary>Sent to the handler; answers may be saved as a draft.</summary>
    Open,

    /// <summary>Waiting for the manager's decision.</summary>
    Submitted,

    /// <summary>Sent back with a comment; the handler revises and resubmits.</summary>
    Returned,

    /// <summary>Final.</summary>
    Approved,
}

public static class InspectionSheetStatusNames
{
    public static string ToDb(this InspectionSheetStatus status) => status switch
    {
        InspectionSheetStatus.Open => "open",
        InspectionSheetStatus.Submitted => "submitted",
        InspectionSheetStatus.Returned => "returned",
        _ => "approved",
    };

    public static InspectionSheetStatus Parse(string value) => value switch
    {
        "open" => InspectionSheetStatus.Open,
        "submitted" => InspectionSheetStatus.Submitted,
        "returned" => InspectionSheetStatus.Returned,
        "approved" => InspectionSheetStatus.Approved,
        _ => throw new InvalidDataException($"Unknown inspection sheet status '{value}'."),
    };
}
