namespace ChatBot.Domain.Knowledge;

/// <summary>What the knowledge base answers to one question.</summary>
/// <param name="Found">False when the bot abstains: <see cref="Text"/> then says so and <see cref="Suggestions"/> say what it can help with.</param>
/// <param name="Text">Markdown in <see cref="Language"/>, with <c>[n]</c> markers for the citations.</param>
/// <param name="Id">The id of what answered (an entry, a lifecycle pattern, a countermeasure, a measure, a term or a checklist item).</param>
/// <param name="Category">The safety-measure category id (<see cref="SafetyCategory"/>), when known.</param>
/// <param name="RelatedIds">Ids to offer as follow-ups; <see cref="KnowledgeBase.FindTitle"/> gives their titles.</param>
/// <param name="Score">The normalized match strength in [0, 1] the abstention rule used.</param>
public sealed record KnowledgeAnswer(
    bool Found,
    KnowledgeLanguage Language,
    string Text,
    IReadOnlyList<KnowledgeCitation> Citations,
    string? Id,
    KnowledgeDocumentKind? Kind,
    string? Title,
    string? Category,
    IReadOnlyList<string> RelatedIds,
    IReadOnlyList<string> Suggestions,
    double Score)
{
    /// <summary>
    /// Ids of other entries that matched almost as well as the one answered (at most two): the answer may not be what
    /// was meant, so they are offered as "did you mean" rather than asserted. Empty when the best match is clear.
    /// </summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>
    /// The day the content answered with was last checked against the law: shown with the answer so a reader knows how
    /// current it is. Null for an abstention.
    /// </summary>
    public DateOnly? CheckedOn { get; init; }

    /// <summary>The <see cref="OutOfScopeTopic"/> the question belongs to, when the bot declined it as outside its scope.</summary>
    public string? OutOfScopeTopic { get; init; }
}
