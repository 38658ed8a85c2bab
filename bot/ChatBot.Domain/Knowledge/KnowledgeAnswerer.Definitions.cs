using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

public sealed partial class KnowledgeAnswerer
{
    // 「特定個人情報とは」「事務取扱責任者って何するの？」「マイナンバーの意味」: the subject before the first marker.
    private static readonly string[] JapaneseMarkers = ["とは", "の意味", "の定義", "って"];

    // After って only a question about what it is counts: 「〜って何」「〜ってどういう意味」, not 「〜って保管できる？」.
    // 「何年」「何日」 ask for a number, not for what something is; 「何桁」 asks for the very number the definition gives.
    private static readonly string[] WhatIsWords =
        ["何？", "何?", "何で", "何者", "何の", "何を", "何する", "何し", "何って", "なに", "なんですか", "なんなの", "なんのこと",
         "どういう", "どんな", "意味", "定義", "誰", "だれ", "何桁", "なんけた"];

    // "what is a specific personal information?", "what does 'handler' mean", "define data controller", "what does the X actually do".
    [GeneratedRegex(@"^(?:so\s+|ok\s+|um+\s+)?(?:what\s+is|what's|whats|what\s+are|what\s+does|what\s+do|who\s+is|who's|whos|who\s+are|define|definition\s+of|meaning\s+of|what\s+is\s+meant\s+by)\s+(?:an?\s+|the\s+)?(?:this\s+|that\s+)?(?<subject>.+?)(?:\s+(?:mean|means|stand\s+for|actually\s+do|do|exactly|actually|(?:that\s+)?(?:everyone|people|they|you)\s+(?:keeps?|are|is)\s+(?:mentioning|talking\s+about|saying)))*\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDefinition();

    /// <summary>
    /// A "what is X" question whose X is exactly a glossary term or one of its synonyms is answered from the glossary:
    /// a search would rank the many entries that merely mention the term above its definition.
    /// </summary>
    private KnowledgeHit? Definition(string question, KnowledgeLanguage language)
    {
        var text = KnowledgeText.NormalizeWidth(question).Trim().TrimEnd('?', '？', '!', '！', '。', '.', ' ');
        if (KnowledgeText.HasCjk(text))
        {
            var (at, marker) = JapaneseMarkers.Select(m => (At: text.IndexOf(m, StringComparison.Ordinal), Marker: m))
                .Where(m => m.At > 0).OrderBy(m => m.At).FirstOrDefault();
            var tail = marker is null ? "" : text[(at + marker.Length)..].TrimStart(' ', '、', ',');
            if (marker is not null && (marker != "って" || tail == "何" || WhatIsWords.Any(w => tail.StartsWith(w, StringComparison.Ordinal))))
            {
                var subject = KnowledgeText.FoldKana(Clean(text[..at]));
                return _termsJa.TryGetValue(subject, out var id) ? new KnowledgeHit(id, KnowledgeDocumentKind.Term, 1, 1) : null;
            }
        }

        if (EnglishDefinition().Match(text) is { Success: true } en)
        {
            // "what does the 事務取扱責任者 do": an English question may name the Japanese term.
            var raw = Clean(en.Groups["subject"].Value);
            var subject = string.Join(' ', KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", raw));
            return _termsEn.TryGetValue(subject, out var id) || _termsJa.TryGetValue(KnowledgeText.Normalize(raw), out id)
                ? new KnowledgeHit(id, KnowledgeDocumentKind.Term, 1, 1)
                : null;
        }

        return null;
    }

    private static string Clean(string subject) => subject.Trim().Trim('\'', '"', '「', '」', '『', '』', '“', '”', '‘', '’', ' ', '、', ',');

    /// <summary>Every term and synonym of the glossary, folded as <see cref="Definition"/> folds a subject, to its term id.</summary>
    private static (Dictionary<string, string> Ja, Dictionary<string, string> En) GlossaryLookup(KnowledgeBase kb)
    {
        var ja = new Dictionary<string, string>(StringComparer.Ordinal);
        var en = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in kb.Glossary.Where(t => t.Definition is not null))
        {
            foreach (var name in term.SynonymsJa.Prepend(term.Term.Ja))
            {
                ja.TryAdd(KnowledgeText.Normalize(name), term.Id);
            }

            foreach (var name in term.SynonymsEn.Prepend(term.Term.En))
            {
                var open = name.IndexOf('(', StringComparison.Ordinal);
                foreach (var form in open > 0 ? [name, name[..open]] : new[] { name })
                {
                    en.TryAdd(string.Join(' ', KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.English, "en", form)), term.Id);
                }
            }
        }

        return (ja, en);
    }
}
