using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The analyzers of the knowledge index. Both first apply <see cref="KnowledgeText.Normalize"/> (NFKC, lower case,
/// katakana → hiragana) as a char filter, so indexed text and queries are normalized the same way.
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
    ];

    private static readonly string[] EnglishQuestionWords =
    [
        "what", "how", "when", "where", "which", "who", "whom", "why", "do", "does", "did", "done", "can", "could",
        "should", "would", "shall", "i", "we", "you", "our", "us", "me", "your", "have", "has", "had", "am", "been",
        "being", "please", "tell", "about", "any", "some", "so", "just", "also", "from", "up", "out", "get", "got",
        "need", "needs", "want", "there", "here", "its", "it's", "one", "someone", "something", "thing", "things",
        "exactly", "really", "okay", "ok", "hi", "hello", "thanks", "thank", "let", "know", "must", "way",
    ];

    public static Analyzer Japanese { get; } = new JapaneseAnalyzer(unigrams: false);

    /// <summary>Japanese with single characters too (a low-weight field so that one-kanji words like 紙 can match).</summary>
    public static Analyzer JapaneseUnigrams { get; } = new JapaneseAnalyzer(unigrams: true);

    public static Analyzer English { get; } = new EnglishStemAnalyzer();

    private static CharArraySet JapaneseStops { get; } = new(Version, JapaneseStopBigrams, ignoreCase: false);

    private static CharArraySet EnglishStops { get; } =
        new(Version, EnglishAnalyzer.DefaultStopSet.Select(s => s.ToString()!).Concat(EnglishQuestionWords), ignoreCase: true);

    /// <summary>The terms <paramref name="analyzer"/> produces for <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
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
            new StringReader(KnowledgeText.Normalize(reader.ReadToEnd() ?? ""));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, unigrams);
            stream = new StopFilter(Version, stream, JapaneseStops);
            stream = new StopFilter(Version, stream, EnglishStops);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class EnglishStemAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new StringReader(KnowledgeText.Normalize(reader.ReadToEnd() ?? ""));

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
