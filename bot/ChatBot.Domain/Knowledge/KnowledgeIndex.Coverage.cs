namespace ChatBot.Domain.Knowledge;

public sealed partial class KnowledgeIndex
{
    /// <summary>The variants' content terms, numbered in <paramref name="terms"/>, with their IDF.</summary>
    private static List<(int Term, double Idf)[]> Weigh(List<QueryVariant> variants, QueryTerms terms) =>
        variants.Select(v => (v.Content.Length > 0 ? v.Content : v.Terms).Distinct(StringComparer.Ordinal)
            .Select(t => terms.Number(t)).Select(n => (n, terms.Idf(n))).ToArray()).ToList();

    /// <summary>
    /// The IDF-weighted share of the question's content terms the document holds, best over the question and its
    /// synonym variants (<c>Full</c>); <c>Ranked</c> discounts the variants so that the user's own words rank first.
    /// </summary>
    /// <param name="candidate">The document's place among the candidates <paramref name="holding"/> was made for.</param>
    private static (double Full, double Ranked) Coverage(List<(int Term, double Idf)[]> variants, TermDocuments.Holdings holding, int candidate)
    {
        double full = 0, ranked = 0;
        for (var v = 0; v < variants.Count; v++)
        {
            double total = 0, matched = 0;
            foreach (var (term, idf) in variants[v])
            {
                total += idf;
                if (holding.Holds(term, candidate))
                {
                    matched += idf;
                }
            }

            if (total > 0)
            {
                var share = matched / total;
                full = Math.Max(full, share);
                ranked = Math.Max(ranked, v == 0 ? share : share * VariantDiscount);
            }
        }

        return (full, ranked);
    }

    private double Idf(int docFreq) => Math.Log(1 + ((_contentCount - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>The terms a field holds in any document; a query leaves out the others (each clause costs a terms lookup).</summary>
    private HashSet<string> FieldVocabulary(string field)
    {
        if (!_fieldTerms.TryGetValue(field, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _fieldTerms[field] = set;
        }

        return set;
    }

    /// <summary>The indexed terms of each document over <paramref name="fields"/> of one language.</summary>
    private HashSet<string>[] DocumentTerms(string[] fields, string suffix)
    {
        var sets = new HashSet<string>[_documents.Count];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var name in fields)
        {
            foreach (var (term, docs) in _postings.Terms(name + suffix))
            {
                FieldVocabulary(name + suffix).Add(term);
                foreach (var doc in docs)
                {
                    sets[_ords[doc]].Add(term);
                }
            }
        }

        return sets;
    }

    // Content only: the out-of-scope examples must not change how rare a word is in what the bot can answer.
    private void Count(Dictionary<string, int> df, HashSet<string>[] sets)
    {
        for (var i = 0; i < sets.Length; i++)
        {
            if (_documents[i].Kind == KnowledgeDocumentKind.OutOfScope)
            {
                continue;
            }

            foreach (var term in sets[i])
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }
    }
}
