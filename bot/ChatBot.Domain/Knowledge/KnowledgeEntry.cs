namespace ChatBot.Domain.Knowledge;

/// <summary>A question-answer entry (<c>entries/*.yaml</c>), one topic each.</summary>
public sealed record KnowledgeEntry(
    string Id,
    string Topic,
    LocalizedText Title,
    IReadOnlyList<string> KeywordsJa,
    IReadOnlyList<string> KeywordsEn,
    LocalizedText Answer,
    LocalizedText? Detail,
    string? Category,
    IReadOnlyList<string> Measures,
    LocalizedText? Changes,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<string> Related)
{
    /// <summary>Questions as people type them that this entry answers (<c>questions: { ja, en }</c>), searched as their own field.</summary>
    public IReadOnlyList<string> QuestionsJa { get; init; } = [];

    public IReadOnlyList<string> QuestionsEn { get; init; } = [];

    /// <summary>
    /// The legal provisions the answer rests on (law and article, guideline section, Q&amp;A number), kept apart from
    /// <see cref="Sources"/>, the documents it was written from: a basis is what an amendment makes out of date.
    /// </summary>
    public IReadOnlyList<SourceCitation> Basis { get; init; } = [];

    /// <summary>The day the content was last checked against its basis (Japan calendar date).</summary>
    public DateOnly Checked { get; init; }

    /// <summary>
    /// Facts the answer states, as structured values (<c>facts: { final-report-days: 30 }</c>, keys from
    /// <c>facts.yaml</c>), so that entries stating the same fact can be checked to agree without reading prose.
    /// </summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();

    public static IReadOnlyList<string> KnownTopics { get; } =
    [
        "incidents", "measures", "lifecycle", "provision", "retention", "identity", "checkdigit",
        "organization", "jps-2015", "jisq15001", "pension-fund", "general",
    ];
}
