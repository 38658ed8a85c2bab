namespace ChatBot.Domain.Knowledge;

/// <summary>A self-inspection checklist template (<c>checklists/*.yaml</c>).</summary>
/// <param name="Answers">The answer choices the template offers (e.g. yes, no, not_applicable).</param>
public sealed record ChecklistTemplate(
    string Id,
    int? Version,
    LocalizedText Title,
    IReadOnlyList<string> Answers,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<ChecklistItem> Items);

/// <summary>One question of a checklist.</summary>
/// <param name="Section">The section title the item sits under, when the template has sections.</param>
/// <param name="Hint">How to judge the item (<c>guidance</c>).</param>
/// <param name="Risk">high | medium | low, when given.</param>
public sealed record ChecklistItem(
    string Id,
    int? No,
    LocalizedText Text,
    LocalizedText? Section,
    LocalizedText? Hint,
    LocalizedText? RemarksHint,
    LocalizedText? CorrectiveActionHint,
    string? Category,
    string? Measure,
    string? Risk,
    IReadOnlyList<SourceCitation> Sources);
