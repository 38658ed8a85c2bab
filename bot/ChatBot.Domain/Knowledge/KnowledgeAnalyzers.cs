using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The analyzers of the knowledge index, used alike for indexed text and queries. Japanese: NFKC and lower case as a
/// char filter, StandardTokenizer, CJK width, CJK bigrams, particle-straddling and question-ending (hiragana) bigrams
/// dropped, then katakana folded to hiragana. English: NFKC, lower case, stop words (with question words), Porter stems.
/// </summary>
internal static class KnowledgeAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Bigrams made only of inflection and question endings (です, ます, ください, どう...), in their folded
    /// (hiragana) form. They carry no topic, so they are neither indexed nor searched.
    /// </summary>
    private static readonly string[] JapaneseStopBigrams =
    [
        "です", "すか", "ます", "まし", "した", "して", "くだ", "ださ", "さい", "いい", "ので", "から", "ため", "よう",
        "これ", "それ", "あれ", "どう", "なに", "でし", "たら", "れば", "とき", "こと", "もの", "ある", "いる",
        "なる", "する", "られ", "れる", "ない", "ませ", "せん", "には", "では", "との", "への", "ても", "でも",
        "など", "けど", "しょ", "ょう", "だろ", "ろう", "うか", "ので", "のか", "んで", "すれ", "しい", "たい",
        "りま", "ありま", "おし", "しえ", "えて", "てく", "てい", "いま", "った", "って", "ってい", "でき", "きる",
        "ますか", "ばい", "らい", "なら", "だけ", "けれ", "れど", "ども", "ほう", "のは", "のが", "のを", "のに",
        "のも", "のた", "はど", "はな", "をし", "をど", "がい", "がで", "にし", "にな", "にど", "とは", "とい",
        "いう", "うの", "まで", "よね", "かな", "すね", "ねえ", "よう", "そう", "うい", "いえ", "ええ", "はい",
        // Filler words in kanji: 具体的に, 実際, 一応, 大丈夫 (like English ok) ask for detail or a yes, not about a topic, and match whichever paraphrase has them.
        "具体", "体的", "実際", "一応", "大丈", "丈夫",
        // 何 with its particle is the question word (what), as "what" is an English stop word: 何する matched paraphrases ending so.
        "何を", "何す", "何が", "何か", "何で", "何に", "何の", "何と", "何て", "何も", "何や", "何し",
    ];

    private static readonly string[] EnglishQuestionWords =
    [
        "what", "how", "when", "where", "which", "who", "whom", "why", "do", "does", "did", "done", "can", "could",
        "should", "would", "shall", "i", "we", "you", "our", "us", "me", "your", "have", "has", "had", "am", "been",
        "being", "please", "tell", "about", "any", "some", "so", "just", "also", "from", "up", "out", "get", "got",
        "need", "needs", "want", "there", "here", "its", "it's", "one", "someone", "something", "thing", "things",
        "exactly", "really", "okay", "ok", "hi", "hello", "thanks", "thank", "let", "know", "must", "way", "many", "much",
        // Chat filler: it matches whichever entry happens to use the word and drowns the one word that tells the topic.
        "anything", "everything", "them", "sorry", "bother", "pls", "plz", "lol", "im", "i'm", "we're", "ur", "u", "r",
        "like", "kind", "stuff", "actually", "still", "even", "guess", "think", "maybe", "basically", "btw", "hey",
    ];

    public static Analyzer Japanese { get; } = new JapaneseAnalyzer(unigrams: false);

    /// <summary>Japanese with single characters too (a low-weight field so that one-kanji words like 紙 can match).</summary>
    public static Analyzer JapaneseUnigrams { get; } = new JapaneseAnalyzer(unigrams: true);


    public static Analyzer English { get; } = new EnglishStemAnalyzer();

    private static CharArraySet JapaneseStops { get; } = new(Version, JapaneseStopBigrams, ignoreCase: false);

    private static CharArraySet EnglishStops { get; } =
        new(Version, EnglishAnalyzer.DefaultStopSet.Select(s => s.ToString()!).Concat(EnglishQuestionWords), ignoreCase: true);

    /// <summary>The token type of a Japanese term made only of hiragana: it carries no content.</summary>
    public const string HiraganaType = "<HIRA>";

    /// <summary>The terms of a text, and those of them that carry content (not made only of hiragana).</summary>
    public static (string[] Terms, string[] Content) TermsWithContent(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var content = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            terms.Add(value);
            if (type.Type != HiraganaType)
            {
                content.Add(value);
            }
        }

        stream.End();
        return ([.. terms], [.. content]);
    }

    /// <summary>The terms <paramref name="analyzer"/> produces for <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private sealed class JapaneseAnalyzer(bool unigrams) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new StringReader(KnowledgeText.NormalizeWidth(reader.ReadToEnd() ?? ""));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, unigrams);
            stream = new ParticleBigramFilter(stream);
            stream = new StopFilter(Version, stream, JapaneseStops); // hiragana endings only: before folding, so katakana words keep them
            stream = new KanaFoldingFilter(stream);
            stream = new StopFilter(Version, stream, EnglishStops);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /// <summary>
    /// Drops bigrams that straddle a particle and a word (の書, 類を, を捨): they join two words and carry no topic.
    /// Marks terms made only of hiragana (inflections, particles) with the type <see cref="HiraganaType"/>, so that
    /// <see cref="TermsWithContent"/> can tell the terms that carry content. Runs before kana folding, while katakana
    /// words can still be told from hiragana.
    /// </summary>
    private sealed class ParticleBigramFilter : FilteringTokenFilter
    {
        private const string Particles = "のをはがにへとでもやかねよなだぞさわ";
        private readonly ICharTermAttribute _term;
        private readonly ITypeAttribute _type;

        public ParticleBigramFilter(TokenStream input)
            : base(Version, input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        protected override bool Accept()
        {
            var length = _term.Length;
            var buffer = _term.Buffer;
            if (length == 2 && KnowledgeText.IsCjk(buffer[0]) && KnowledgeText.IsCjk(buffer[1]))
            {
                var a = buffer[0];
                var b = buffer[1];
                if ((Particles.Contains(a, StringComparison.Ordinal) && !KnowledgeText.IsHiragana(b))
                    || (Particles.Contains(b, StringComparison.Ordinal) && !KnowledgeText.IsHiragana(a)))
                {
                    return false;
                }
            }

            var allHiragana = length > 0;
            for (var i = 0; i < length && allHiragana; i++)
            {
                allHiragana = KnowledgeText.IsHiragana(buffer[i]);
            }

            if (allHiragana)
            {
                _type.Type = HiraganaType;
            }

            return true;
        }
    }

    /// <summary>Katakana → hiragana in each term, so that カタカナ and ひらがな spellings match.</summary>
    private sealed class KanaFoldingFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public KanaFoldingFilter(TokenStream input)
            : base(input) => _term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            KnowledgeText.FoldKana(_term.Buffer, _term.Length);
            return true;
        }
    }

    private sealed class EnglishStemAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new StringReader(ChatEnglish.American(KnowledgeText.Normalize(reader.ReadToEnd() ?? "")));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishStops);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
