namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Which documents hold each term (over some fields of one language), to tell for a query's few candidates which of
/// its terms each holds: one pass over each query term's documents instead of a set lookup per term, variant and
/// candidate.
/// </summary>
internal sealed class TermDocuments
{
    private readonly Dictionary<string, int[]> _documents = new(StringComparer.Ordinal);
    private readonly int _count;

    /// <param name="terms">Each document's terms, by document ordinal.</param>
    public TermDocuments(HashSet<string>[] terms)
    {
        _count = terms.Length;
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var ord = 0; ord < terms.Length; ord++)
        {
            foreach (var term in terms[ord])
            {
                if (!documents.TryGetValue(term, out var list))
                {
                    list = [];
                    documents[term] = list;
                }

                list.Add(ord);
            }
        }

        foreach (var (term, list) in documents)
        {
            _documents[term] = [.. list];
        }
    }

    /// <summary>Which of <paramref name="terms"/> each of <paramref name="candidates"/> (document ordinals) holds.</summary>
    public Holdings Holding(QueryTerms terms, List<int> candidates)
    {
        var place = new int[_count];
        Array.Fill(place, -1);
        for (var i = 0; i < candidates.Count; i++)
        {
            place[candidates[i]] = i;
        }

        var holds = new bool[terms.Count * candidates.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            if (!_documents.TryGetValue(terms[t], out var documents))
            {
                continue;
            }

            foreach (var ord in documents)
            {
                if (place[ord] >= 0)
                {
                    holds[(t * candidates.Count) + place[ord]] = true;
                }
            }
        }

        return new Holdings(holds, candidates.Count);
    }

    /// <summary>For each query term and candidate, whether the candidate holds the term.</summary>
    public readonly struct Holdings(bool[] holds, int candidates)
    {
        public bool Holds(int term, int candidate) => holds[(term * candidates) + candidate];
    }
}
