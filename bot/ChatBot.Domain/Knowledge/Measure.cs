namespace ChatBot.Domain.Knowledge;

/// <summary>
/// One item of the 安全管理措置 catalogue (別添1): a lettered measure (<c>C</c>) or a sub-item (<c>C-d</c>),
/// with what a 中小規模事業者 may do instead (<see cref="Sme"/>; null when no relaxation applies).
/// </summary>
public sealed record Measure(
    string Id,
    string? Parent,
    string? Category,
    LocalizedText Title,
    LocalizedText? Summary,
    LocalizedText? Sme,
    IReadOnlyList<SourceCitation> Sources);
