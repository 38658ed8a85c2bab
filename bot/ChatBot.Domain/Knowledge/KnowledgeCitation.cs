namespace ChatBot.Domain.Knowledge;

/// <summary>
/// One numbered citation of an answer: the text carries the marker <c>[Position]</c>.
/// <see cref="Name"/> is at most 80 characters and <see cref="Abstract"/> at most 160.
/// </summary>
public sealed record KnowledgeCitation(int Position, string SourceId, string Name, string? Section, string Abstract, Uri? Url, string? Locator)
{
    public const int NameMaxLength = 80;
    public const int AbstractMaxLength = 160;
    public const int MaxCount = 3;
}
