namespace ChatBot.Domain.Knowledge;

public sealed partial class KnowledgeIndex
{
    /// <summary>
    /// Whether the question names something of the domain: a glossary term or synonym, an entry keyword or a measure
    /// title (Japanese as a substring after normalization, English as a stemmed word sequence). Single short English
    /// words (keep, days, form) are left out: off-topic questions use them too.
    /// </summary>
    public bool MentionsDomain(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (KnowledgeText.HasCjk(question))
        {
            var folded = KnowledgeText.Normalize(question);
            if (_vocabularyJa.Any(v => folded.Contains(v, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        var tokens = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", ChatEnglish.Normalize(question));
        return _vocabularyEn.Any(v => Contains(tokens, v));
    }

    private static bool Contains(List<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = tokens[i + j] == phrase[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static (string[] Ja, string[][] En) Vocabulary(KnowledgeBase kb)
    {
        var ja = kb.Glossary.SelectMany(t => t.SynonymsJa.Append(t.Term.Ja))
            .Concat(kb.Entries.SelectMany(e => e.KeywordsJa))
            .Concat(kb.Measures.Select(m => m.Title.Ja));
        var en = kb.Glossary.SelectMany(t => t.SynonymsEn.Append(t.Term.En))
            .Concat(kb.Entries.SelectMany(e => e.KeywordsEn))
            .Concat(kb.Measures.Select(m => m.Title.En));
        return (
            ja.Select(KnowledgeText.Normalize).Where(v => v.Length >= 2).Distinct(StringComparer.Ordinal).ToArray(),
            en.Select(v => KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", v).ToArray())
                .Where(v => v.Length > 1 || (v.Length == 1 && v[0].Length >= MinSingleWordStem))
                .DistinctBy(v => string.Join(' ', v)).ToArray());
    }
}
