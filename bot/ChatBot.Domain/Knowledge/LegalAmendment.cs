namespace ChatBot.Domain.Knowledge;

/// <summary>
/// A date a legal basis changed (<c>amendments.yaml</c>): an entry whose <see cref="KnowledgeEntry.Basis"/> it touches and
/// that was checked before it is due for review.
/// </summary>
/// <param name="Section">The part amended (第19条); null when the whole source was revised.</param>
public sealed record LegalAmendment(string SourceId, string? Section, DateOnly Date, LocalizedText What)
{
    /// <summary>
    /// Whether the amendment touches a basis: same source and, when a section is named, the basis names it as a whole
    /// article — 第9条 touches 第9条第1項 but not 第19条.
    /// </summary>
    public bool Touches(SourceCitation basis)
    {
        if (basis.SourceId != SourceId)
        {
            return false;
        }

        if (Section is null)
        {
            return true;
        }

        var text = basis.Section ?? "";
        for (var at = text.IndexOf(Section, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Section, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var end = at + Section.Length;
            var after = end < text.Length ? text[end] : ' ';
            if (!char.IsDigit(before) && !IsArticleContinuation(after))
            {
                return true;
            }
        }

        return false;
    }

    // 第29条 must not touch 第29条の4 (a different article); 第29条第2項 is part of 第29条.
    private static bool IsArticleContinuation(char c) => char.IsDigit(c) || c == 'の';
}
