using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The in-memory Lucene index over the knowledge base: entries, lifecycle patterns and their countermeasures,
/// measures, glossary terms and checklist items. Japanese text is searched as CJK bigrams, English text with
/// Porter stemming; BM25 with field boosts (title > keywords > body). Built once at start; thread-safe to search.
/// Lucene analyzes and indexes; queries are scored from the postings copied out of it (<see cref="Bm25Postings"/>).
/// </summary>
public sealed partial class KnowledgeIndex : IDisposable
{
    private const int MaxQueryLength = 300;
    private const int Candidates = 60;

    /// <summary>
    /// At most this many distinct terms are searched: the question's own before its synonyms', rarer before commoner.
    /// Each field:term clause costs a terms-dictionary lookup and scorer, so this bounds latency and allocation.
    /// </summary>
    private const int MaxQueryTerms = 48;

    /// <summary>The weight of a term that only a synonym variant of the question has.</summary>
    private const float SynonymWeight = 0.4f;

    private static readonly (string Name, float Boost)[] FieldBoosts =
        [("title", 3.0f), ("q", 2.5f), ("oos", 4.0f), ("kw", 2.0f), ("body", 1.0f), ("ctx", 0.5f)];

    private static readonly string[] AllFields = ["title", "q", "oos", "kw", "body", "ctx"];
    private static readonly string[] HeadFields = ["title", "q", "oos", "kw"];

    /// <summary>How much a match in the title or keywords (the curated head of a document) adds to the rank.</summary>
    private const double HeadWeight = 1.0;

    /// <summary>The least length of a one-word English stem that counts as a domain term.</summary>
    private const int MinSingleWordStem = 5;

    /// <summary>What a synonym variant's coverage counts for in the ranking, against the question's own words.</summary>
    private const double VariantDiscount = 0.85;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly Bm25Postings _postings;
    private readonly List<KnowledgeDocument> _documents;
    private readonly int[] _ords;
    private readonly TermDocuments _termsJa;
    private readonly TermDocuments _termsEn;
    private readonly TermDocuments _headJa;
    private readonly TermDocuments _headEn;
    private readonly Dictionary<string, int> _dfJa = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dfEn = new(StringComparer.Ordinal);
    private readonly SynonymExpander _synonyms;
    private readonly int _contentCount;
    private readonly Dictionary<string, HashSet<string>> _fieldTerms = new(StringComparer.Ordinal);
    private readonly string[] _vocabularyJa;
    private readonly string[][] _vocabularyEn;

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        var watch = Stopwatch.StartNew();
        Knowledge = knowledge;
        _documents = KnowledgeDocument.From(knowledge);
        _contentCount = _documents.Count(d => d.Kind != KnowledgeDocumentKind.OutOfScope);
        _synonyms = new SynonymExpander(knowledge.Glossary, knowledge.Measures, knowledge.Spellings);
        _directory = new RAMDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(KnowledgeAnalyzers.English, FieldBoosts
            .Select(f => new KeyValuePair<string, Analyzer>(f.Name + "_ja", KnowledgeAnalyzers.Japanese))
            .Append(new KeyValuePair<string, Analyzer>("uni_ja", KnowledgeAnalyzers.JapaneseUnigrams))
            .ToDictionary());
        var config = new IndexWriterConfig(KnowledgeAnalyzers.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < _documents.Count; i++)
            {
                var d = _documents[i];
                var outOfScope = d.Kind == KnowledgeDocumentKind.OutOfScope;
                writer.AddDocument(new Document
                {
                    new StoredField("ord", i),
                    new TextField(outOfScope ? "oos_ja" : "title_ja", d.Title.Ja, Field.Store.NO),
                    new TextField("kw_ja", d.Keywords.Ja, Field.Store.NO),
                    new TextField("body_ja", d.Body.Ja, Field.Store.NO),
                    new TextField("ctx_ja", d.Context.Ja, Field.Store.NO),
                    new TextField("uni_ja", outOfScope ? "" : $"{d.Title.Ja}\n{d.Keywords.Ja}", Field.Store.NO),
                    new TextField(outOfScope ? "oos_en" : "title_en", d.Title.En, Field.Store.NO),
                    new TextField("kw_en", d.Keywords.En, Field.Store.NO),
                    new TextField("body_en", d.Body.En, Field.Store.NO),
                    new TextField("ctx_en", d.Context.En, Field.Store.NO),
                });

                // Each paraphrase is a document of its own, so that one question close to the user's wins on its own
                // length instead of drowning in the entry's other paraphrases; hits are folded back into the entry.
                foreach (var (field, text) in Paraphrases(d))
                {
                    writer.AddDocument(new Document { new StoredField("ord", i), new TextField(field, text, Field.Store.NO) });
                }
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _ords = new int[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _ords[doc] = _reader.Document(doc).GetField("ord").GetInt32Value() ?? -1;
        }

        (_vocabularyJa, _vocabularyEn) = Vocabulary(knowledge);
        _postings = new Bm25Postings(_reader, AllFields.SelectMany(f => new[] { f + "_ja", f + "_en" }).Append("uni_ja"));
        var termsJa = DocumentTerms(AllFields, "_ja");
        var termsEn = DocumentTerms(AllFields, "_en");
        _termsJa = new TermDocuments(termsJa);
        _termsEn = new TermDocuments(termsEn);
        _headJa = new TermDocuments(DocumentTerms(HeadFields, "_ja"));
        _headEn = new TermDocuments(DocumentTerms(HeadFields, "_en"));
        _ = DocumentTerms(["uni"], "_ja");
        Count(_dfJa, termsJa);
        Count(_dfEn, termsEn);
        BuildTime = watch.Elapsed;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The Lucene index the postings were copied from (for tests that hold the scores to Lucene's).</summary>
    internal IndexReader Reader => _reader;

    /// <summary>How long building the index took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>How many documents the index holds.</summary>
    public int DocumentCount => _documents.Count;

    public static KnowledgeIndex Build(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new KnowledgeIndex(knowledge);
    }

    /// <summary>
    /// Searches the question as plain text (no query syntax: quotes, <c>*</c>, <c>:</c> are just characters).
    /// A question with any CJK character searches the Japanese fields, otherwise the English fields.
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string question, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > MaxQueryLength ? question[..MaxQueryLength] : question;
        if (!KnowledgeText.HasCjk(text))
        {
            return Search(text, japanese: false, max);
        }

        // An English sentence around a Japanese term ("is the 法人番号 a my number?") is searched both ways: the
        // Japanese fields see only the term, the English ones only the sentence; the better-covered answer wins.
        var inJapanese = Search(text, japanese: true, max);
        if (UserLanguage.LatinWords(text) < 2)
        {
            return inJapanese;
        }

        var inEnglish = Search(text, japanese: false, max);
        return BestCoverage(inEnglish) > BestCoverage(inJapanese) ? inEnglish : inJapanese;
    }

    private static double BestCoverage(IReadOnlyList<KnowledgeHit> hits) => hits.Take(3).Select(h => h.Coverage).DefaultIfEmpty(0).Max();

    private List<KnowledgeHit> Search(string text, bool japanese, int max)
    {
        var whole = _synonyms.Variants(text, japanese);
        if (whole.All(v => v.Terms.Length == 0))
        {
            return [];
        }

        var variants = RankingVariants(text, japanese, whole);
        var df = japanese ? _dfJa : _dfEn;
        var top = _postings.Top(Clauses(text, variants, japanese), Candidates)
            .DistinctBy(d => _ords[d.Doc]).ToList(); // a lower-scoring paraphrase of a document already ranked is left out
        var ords = top.ConvertAll(d => _ords[d.Doc]);
        var queryTerms = new QueryTerms(term => Idf(df.GetValueOrDefault(term)));
        var weighted = Weigh(variants, queryTerms);
        var weightedWhole = Weigh(whole, queryTerms);
        var terms = (japanese ? _termsJa : _termsEn).Holding(queryTerms, ords);
        var heads = (japanese ? _headJa : _headEn).Holding(queryTerms, ords);
        var hits = new List<KnowledgeHit>(top.Count);
        for (var rank = 0; rank < top.Count; rank++)
        {
            var scoreDoc = top[rank];
            var doc = _documents[ords[rank]];
            var (_, rankCoverage) = Coverage(weighted, terms, rank);
            var (coverage, _) = Coverage(weightedWhole, terms, rank);
            var (_, head) = Coverage(weighted, heads, rank);
            // BM25, weighted by kind, and by how much of the question the document (and its head) covers.
            var score = scoreDoc.Score * KindWeight(doc.Kind) * Math.Pow(0.25 + rankCoverage, 2) * (1 + (HeadWeight * head));
            hits.Add(new KnowledgeHit(doc.Id, doc.Kind, score, coverage, doc.ParentId));
        }

        return [.. hits.OrderByDescending(h => h.Score).Take(max)];
    }

    /// <summary>The variants ranking weighs: those of the question without its ubiquitous words (<see cref="DomainWords"/>).</summary>
    private List<QueryVariant> RankingVariants(string text, bool japanese, List<QueryVariant> whole)
    {
        var stripped = DomainWords.Strip(text);
        return stripped == text ? whole : _synonyms.Variants(stripped, japanese); // nothing stripped: analyzed once
    }

    /// <summary>The clauses of <paramref name="question"/>'s query, as <see cref="Search(string, int)"/> builds them (for tests).</summary>
    internal List<QueryClause> Clauses(string question, bool japanese) =>
        Clauses(question, RankingVariants(question, japanese, _synonyms.Variants(question, japanese)), japanese);

    /// <summary>The best-scoring Lucene documents for <paramref name="clauses"/> (for tests).</summary>
    internal List<ScoredDoc> Score(IReadOnlyList<QueryClause> clauses, int count) => _postings.Top(clauses, count);

    /// <summary>One flat query of field:term clauses: the question's terms, its synonyms' (weighed less), and its kanji.</summary>
    private List<QueryClause> Clauses(string text, List<QueryVariant> variants, bool japanese)
    {
        var suffix = japanese ? "_ja" : "_en";
        var original = variants[0].Terms.ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var term in variants.SelectMany(v => v.Terms))
        {
            weights[term] = original.Contains(term) ? 1f : SynonymWeight;
        }

        var clauses = new List<QueryClause>();
        var df = japanese ? _dfJa : _dfEn;
        foreach (var (term, weight) in weights.Where(w => df.ContainsKey(w.Key))
            .OrderByDescending(w => w.Value).ThenBy(w => df[w.Key]).Take(MaxQueryTerms))
        {
            foreach (var (name, boost) in FieldBoosts)
            {
                if (_fieldTerms.TryGetValue(name + suffix, out var vocabulary) && vocabulary.Contains(term))
                {
                    clauses.Add(new QueryClause(name + suffix, term, boost * weight));
                }
            }
        }

        if (japanese)
        {
            var unigrams = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.JapaneseUnigrams, "uni_ja", text)
                .Where(t => t.Length == 1 && KnowledgeText.IsKanji(t[0])).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms / 4);
            foreach (var unigram in unigrams.Where(_fieldTerms["uni_ja"].Contains))
            {
                clauses.Add(new QueryClause("uni_ja", unigram, 0.2f));
            }
        }

        return clauses;
    }

    // Out-of-scope examples get a field of their own: BM25 keeps term statistics per field, so they leave the scores
    // of the content's paraphrases exactly as they were.
    private static IEnumerable<(string Field, string Text)> Paraphrases(KnowledgeDocument d)
    {
        var field = d.Kind == KnowledgeDocumentKind.OutOfScope ? "oos" : "q";
        return d.Questions.Ja.Select(q => (field + "_ja", q)).Concat(d.Questions.En.Select(q => (field + "_en", q)));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>
    /// Curated answers first: entries are preferred over the other kinds on similar scores. Glossary terms weigh least:
    /// their synonyms are the query expansions, so they would otherwise match every variant of a question.
    /// </summary>
    private static float KindWeight(KnowledgeDocumentKind kind) => kind switch
    {
        KnowledgeDocumentKind.Entry => 1.0f,
        KnowledgeDocumentKind.Pattern => 0.7f,
        KnowledgeDocumentKind.Measure => 0.75f,
        KnowledgeDocumentKind.Term => 0.35f,
        KnowledgeDocumentKind.Countermeasure => 0.6f,
        KnowledgeDocumentKind.ChecklistItem => 0.6f,
        KnowledgeDocumentKind.OutOfScope => 1.0f,
        _ => 0.5f,
    };
}
