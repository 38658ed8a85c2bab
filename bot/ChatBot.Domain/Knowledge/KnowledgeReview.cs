namespace ChatBot.Domain.Knowledge;

/// <summary>An entry due for a legal re-check: not checked for a year, or a basis amended after its check.</summary>
/// <param name="Amendments">Amendments of the entry's basis dated after its check, oldest first.</param>
public sealed record KnowledgeReviewItem(KnowledgeEntry Entry, bool Overdue, IReadOnlyList<LegalAmendment> Amendments);

/// <summary>
/// Which entries a content owner should re-check against the law: those whose <c>checked</c> date is
/// <see cref="CheckEveryMonths"/> months old or more, and those with a basis amended after they were checked (an
/// amendment dated in the future counts too: the content must be ready when it takes effect).
/// </summary>
public static class KnowledgeReview
{
    public const int CheckEveryMonths = 12;

    /// <param name="today">Today's date in Japan.</param>
    public static IReadOnlyList<KnowledgeReviewItem> Due(KnowledgeBase kb, DateOnly today)
    {
        var overdueBefore = today.AddMonths(-CheckEveryMonths);
        var due = new List<KnowledgeReviewItem>();
        foreach (var entry in kb.Entries)
        {
            var amended = kb.Amendments
                .Where(a => a.Date > entry.Checked && entry.Basis.Any(a.Touches))
                .OrderBy(a => a.Date).ToList();
            var overdue = entry.Checked <= overdueBefore;
            if (overdue || amended.Count > 0) due.Add(new KnowledgeReviewItem(entry, overdue, amended));
        }

        return [.. due.OrderBy(d => d.Entry.Checked).ThenBy(d => d.Entry.Id, StringComparer.Ordinal)];
    }
}
