namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Expands a query with the glossary's synonym groups (a term and its synonyms, per language): when the query
/// contains one member, the query is also searched with each other member in its place.
/// Japanese members match as substrings of the normalized query (also without their last kana, so 捨てる
/// matches 捨てた); English members match as stemmed token sequences (so "disposed of" matches "dispose").
/// </summary>
internal sealed class SynonymExpander
{
    private const int MaxVariants = 16;

    private readonly List<(string Folded, string Text)[]> _japanese = [];
    private readonly List<string[][]> _english = [];

    /// <summary>Japanese forms of glossary terms and measure titles (folded), longest first, with their English term.</summary>
    private readonly List<(string Folded, string English)> _translations = [];

    /// <param name="terms">The glossary; <see cref="CommonSynonyms"/> are added to its groups.</param>
    /// <param name="measures">Measure ids (<c>E-b</c>) expand to their titles.</param>
    /// <param name="spellings">Everyday words with their kana spellings (<see cref="KnowledgeBase.Spellings"/>).</param>
    public SynonymExpander(IEnumerable<GlossaryTerm> terms, IEnumerable<Measure> measures, IEnumerable<string[]>? spellings = null)
    {
        var groups = terms.Select(t => (Ja: t.SynonymsJa.Prepend(t.Term.Ja), En: t.SynonymsEn.Prepend(StripParenthesis(t.Term.En))))
            .Concat(measures.Where(m => m.Id.Length >= 3 && !m.Id.EndsWith("-a", StringComparison.OrdinalIgnoreCase))
                .Select(m => (Ja: (IEnumerable<string>)[m.Id, m.Title.Ja], En: (IEnumerable<string>)[m.Id, m.Title.En])))
            .Concat(CommonSynonyms.Japanese.Concat(spellings ?? []).Select(g => (Ja: (IEnumerable<string>)g, En: Enumerable.Empty<string>())))
            .Concat(CommonSynonyms.English.Select(g => (Ja: Enumerable.Empty<string>(), En: (IEnumerable<string>)g)));
        foreach (var (jaGroup, enGroup) in groups)
        {
            AddTranslations(jaGroup, enGroup);
            var ja = jaGroup
                .Select(s => KnowledgeText.NormalizeWidth(s).Trim()).Where(s => s.Length >= 2)
                .Select(s => (Folded: KnowledgeText.FoldKana(s), Text: s)).DistinctBy(m => m.Folded).ToArray();
            if (ja.Length > 1)
            {
                _japanese.Add(ja);
            }

            var en = enGroup
                .Select(s => KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", s).ToArray())
                .Where(t => t.Length > 0).DistinctBy(t => string.Join(' ', t)).ToArray();
            if (en.Length > 1)
            {
                _english.Add(en);
            }
        }
    }

    /// <summary>The query's terms (first) and the terms of its synonym variants, analyzed for <paramref name="japanese"/> or English fields.</summary>
    public List<QueryVariant> Variants(string query, bool japanese) =>
        japanese ? JapaneseVariants(query) : EnglishVariants(query);

    private List<QueryVariant> JapaneseVariants(string query)
    {
        var text = ReadKanaSpellings(KnowledgeText.NormalizeWidth(query));
        var folded = KnowledgeText.FoldKana(text);
        var texts = new List<string> { text };
        foreach (var group in _japanese)
        {
            foreach (var member in group)
            {
                var found = Find(folded, member.Folded);
                if (found is null)
                {
                    continue;
                }

                var at = folded.IndexOf(found, StringComparison.Ordinal);
                foreach (var other in group)
                {
                    // A kana spelling is how a word is typed, never what it is searched as: all hiragana, it has no
                    // content terms, so the variant would cover the question with the word left out.
                    if (other.Folded != member.Folded && !other.Text.All(IsKana) && texts.Count < MaxVariants)
                    {
                        texts.Add(string.Concat(text.AsSpan(0, at), other.Text, text.AsSpan(at + found.Length)));
                    }
                }

                break;
            }
        }

        return texts.Select(t => KnowledgeAnalyzers.TermsWithContent(KnowledgeAnalyzers.Japanese, "ja", t))
            .Select(t => new QueryVariant(t.Terms, t.Content)).ToList();
    }

    /// <summary>
    /// A word typed in hiragana (さいいたく, ほかん) is read as the word it spells, in the question itself and not only in
    /// a variant: all hiragana, it has no content terms, so the question would be weighed on its other words alone.
    /// </summary>
    private string ReadKanaSpellings(string text)
    {
        foreach (var group in _japanese)
        {
            if (group.FirstOrDefault(m => !m.Text.All(IsKana)) is not { Text: { } word })
            {
                continue;
            }

            foreach (var (spelling, _) in group.Where(m => m.Text.Length >= 3 && m.Text.All(IsKana)))
            {
                var at = text.IndexOf(spelling, StringComparison.Ordinal);
                if (at >= 0)
                {
                    text = string.Concat(text.AsSpan(0, at), word, text.AsSpan(at + spelling.Length));
                    break;
                }
            }
        }

        return text;
    }

    /// <summary>The member as it occurs in the text, or its stem (without the last kana of a kanji word, e.g. 捨てる → 捨て).</summary>
    private static string? Find(string text, string member)
    {
        if (text.Contains(member, StringComparison.Ordinal))
        {
            return member;
        }

        if (member.Length >= 3 && IsKana(member[^1]) && member.Any(KnowledgeText.IsKanji))
        {
            var stem = member[..^1];
            if (text.Contains(stem, StringComparison.Ordinal))
            {
                return stem;
            }
        }

        return null;
    }

    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309F';

    private List<QueryVariant> EnglishVariants(string query)
    {
        var tokens = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", ChatEnglish.Normalize(ToEnglish(query))).ToArray();
        var variants = new List<string[]> { tokens };
        foreach (var group in _english)
        {
            foreach (var member in group)
            {
                var at = IndexOf(tokens, member);
                if (at < 0)
                {
                    continue;
                }

                foreach (var other in group)
                {
                    if (!ReferenceEquals(other, member) && variants.Count < MaxVariants)
                    {
                        variants.Add([.. tokens[..at], .. other, .. tokens[(at + member.Length)..]]);
                    }
                }

                break;
            }
        }

        return variants.Select(v => new QueryVariant(v, v)).ToList();
    }

    private void AddTranslations(IEnumerable<string> jaGroup, IEnumerable<string> enGroup)
    {
        if (enGroup.FirstOrDefault() is not { Length: > 0 } english)
        {
            return;
        }

        foreach (var ja in jaGroup.Select(j => KnowledgeText.FoldKana(KnowledgeText.NormalizeWidth(j).Trim())).Where(j => j.Length >= 2 && KnowledgeText.HasCjk(j)))
        {
            _translations.Add((ja, english));
        }

        _translations.Sort((a, b) => b.Folded.Length.CompareTo(a.Folded.Length));
    }

    /// <summary>
    /// An English question with Japanese terms in it ("is the 法人番号 a my number?") is searched in English with
    /// those terms in English: left in, they are terms no English document holds and halve the question's coverage.
    /// A Japanese run without a known term is left out; the Japanese search sees it.
    /// </summary>
    private string ToEnglish(string query)
    {
        if (!KnowledgeText.HasCjk(query))
        {
            return query;
        }

        var text = new System.Text.StringBuilder(query.Length);
        var i = 0;
        while (i < query.Length)
        {
            if (!KnowledgeText.IsCjk(query[i]))
            {
                text.Append(query[i++]);
                continue;
            }

            var end = i;
            while (end < query.Length && KnowledgeText.IsCjk(query[end]))
            {
                end++;
            }

            var run = KnowledgeText.FoldKana(KnowledgeText.NormalizeWidth(query[i..end]));
            foreach (var (folded, english) in _translations)
            {
                var at = run.IndexOf(folded, StringComparison.Ordinal);
                if (at >= 0)
                {
                    text.Append(' ').Append(english).Append(' ');
                    run = string.Concat(run.AsSpan(0, at), " ", run.AsSpan(at + folded.Length));
                }
            }

            text.Append(' ');
            i = end;
        }

        return text.ToString();
    }

    private static int IndexOf(string[] tokens, string[] member)
    {
        for (var i = 0; i + member.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, member.Length).SequenceEqual(member))
            {
                return i;
            }
        }

        return -1;
    }

    private static string StripParenthesis(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? text[..open].Trim() : text;
    }
}
