namespace ChatBot.Domain.Inspections;

/// <summary>One item of a campaign's resolved checklist (the bundled template plus the organization's changes).</summary>
/// <param name="No">Display number, 1-based, in the order the campaign shows the items.</param>
public sealed record InspectionItem(
    string Id,
    int No,
    LocalizedText Text,
    LocalizedText? Guidance,
    string? Category,
    string? Measure);
