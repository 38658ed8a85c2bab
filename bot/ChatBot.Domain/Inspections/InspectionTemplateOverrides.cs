namespace ChatBot.Domain.Inspections;

/// <summary>An organization's changes to the bundled checklist (<c>Inspections:TemplateOverridesPath</c>).</summary>
/// <param name="Remove">Item ids of the bundled template to leave out.</param>
/// <param name="Add">Items of the organization's own, appended after the bundled ones.</param>
public sealed record InspectionTemplateOverrides(IReadOnlyList<string> Remove, IReadOnlyList<InspectionItem> Add)
{
    public static InspectionTemplateOverrides None { get; } = new([], []);
}
