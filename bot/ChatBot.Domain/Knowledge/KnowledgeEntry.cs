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

    public static IReadOnlyList<string> KnownTopics { get; } =
    [
        "incidents", "measures", "lifecycle", "provision", "retention", "identity", "checkdigit",
        "organization", "jps-2015", "jisq15001", "pension-fund", "general",
    ];
}
