namespace ChatBot.Domain.Knowledge;

/// <summary>A self-inspection checklist template (<c>checklists/*.yaml</c>).</summary>
public sealed record ChecklistTemplate(
    string Id,
    LocalizedText Title,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<ChecklistItem> Items);

/// <summary>One question of a checklist.</summary>
/// <param name="Section">The section title the item sits under, when the template has sections.</param>
public sealed record ChecklistItem(
    string Id,
    LocalizedText Text,
    LocalizedText? Section,
    LocalizedText? Hint,
    string? Category,
    string? Measure,
    IReadOnlyList<SourceCitation> Sources);
