namespace ChatBot.Domain.Knowledge;

/// <summary>A glossary term ja⇄en; its synonyms also expand search queries.</summary>
public sealed record GlossaryTerm(
    string Id,
    LocalizedText Term,
    IReadOnlyList<string> SynonymsJa,
    IReadOnlyList<string> SynonymsEn,
    LocalizedText? Definition,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<string> See)
{
    /// <summary>The day the definition was last checked, when it differs from the glossary's own <c>checked</c> date.</summary>
    public DateOnly? Checked { get; init; }
}
