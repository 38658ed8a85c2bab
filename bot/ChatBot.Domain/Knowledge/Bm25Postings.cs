using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatBot.Domain.Knowledge;

/// <summary>One <c>field:term</c> clause of a flat OR query, with its boost.</summary>
internal readonly record struct QueryClause(string Field, string Term, float Boost);

/// <summary>A document of the Lucene index and its BM25 score.</summary>
internal readonly record struct ScoredDoc(int Doc, float Score);

/// <summary>
/// The index's postings, copied into arrays once built, scored as Lucene scores a flat OR of boosted term queries under
/// <see cref="BM25Similarity"/> with coord disabled: the same statistics, the same float arithmetic, ties in document
/// order. Lucene builds a weight, a terms-dictionary seek, a scorer and a postings reader per clause per query; for a
/// few thousand small documents that was most of an answer's time and allocation. KnowledgeIndexScoringTests holds
/// the scores to Lucene's, bit for bit.
/// </summary>
internal sealed class Bm25Postings
{
    private readonly Dictionary<string, FieldPostings> _fields = new(StringComparer.Ordinal);
    private readonly int _maxDoc;
    private readonly float _k1;

    public Bm25Postings(IndexReader reader, IEnumerable<string> fields)
    {
        var similarity = new Bm25Parts();
        var searcher = new IndexSearcher(reader);
        _maxDoc = reader.MaxDoc;
        _k1 = similarity.K1;
        foreach (var field in fields)
        {
            var avgdl = similarity.AvgLength(searcher.CollectionStatistics(field));
            var lengths = new float[256];
            for (var i = 0; i < lengths.Length; i++)
            {
                // BM25Similarity.ComputeWeight's cache, written as Lucene writes it.
                lengths[i] = similarity.K1 * ((1 - similarity.B) + similarity.B * similarity.Decode((byte)i) / avgdl);
            }

            var postings = new FieldPostings(lengths, new byte[_maxDoc]);
            Read(reader, field, postings, similarity);
            _fields[field] = postings;
        }
    }

    /// <summary>Each term of <paramref name="field"/> and the documents that hold it (none when no document has the field).</summary>
    public IEnumerable<(string Term, int[] Docs)> Terms(string field) =>
        _fields.TryGetValue(field, out var postings) ? postings.Terms.Select(t => (t.Key, t.Value.Docs)) : [];

    /// <summary>The <paramref name="count"/> best-scoring documents, best first; equal scores in document order.</summary>
    public List<ScoredDoc> Top(IReadOnlyList<QueryClause> clauses, int count)
    {
        var sums = ArrayPool<double>.Shared.Rent(_maxDoc);
        var matched = ArrayPool<int>.Shared.Rent(_maxDoc);
        Array.Clear(sums, 0, _maxDoc);
        var matches = 0;
        try
        {
            foreach (var clause in clauses)
            {
                if (!_fields.TryGetValue(clause.Field, out var field) || !field.Terms.TryGetValue(clause.Term, out var term))
                {
                    continue;
                }

                // TermWeight: idf × boost × top-level boost (1); BM25DocScorer: that × (k1 + 1) × freq / (freq + length norm).
                var weight = term.Idf * clause.Boost * 1f;
                var weightValue = weight * (_k1 + 1);
                for (var i = 0; i < term.Docs.Length; i++)
                {
                    var doc = term.Docs[i];
                    float freq = term.Freqs[i];
                    var norm = field.HasNorms ? field.Lengths[field.Norms[doc]] : _k1;
                    if (sums[doc] == 0)
                    {
                        matched[matches++] = doc; // every clause score is positive: a zero sum is a document not seen yet
                    }

                    // Lucene's disjunction sums the clauses' float scores as a double (exact at these magnitudes, so the
                    // order of clauses does not matter), then rounds the sum to float.
                    sums[doc] += weightValue * freq / (freq + norm);
                }
            }

            return Best(sums, matched.AsSpan(0, matches), count);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    /// <summary>
    /// The <paramref name="count"/> best of the matched documents, as Lucene's in-order top-docs collector keeps them:
    /// a later document does not displace an equal score.
    /// </summary>
    private static List<ScoredDoc> Best(double[] sums, Span<int> matched, int count)
    {
        // A min-heap of the best so far, worst on top: a few hundred matches, a few dozen kept.
        var best = new PriorityQueue<ScoredDoc, ScoredDoc>(count + 1, Worse.Instance);
        foreach (var doc in matched)
        {
            var scored = new ScoredDoc(doc, (float)sums[doc]);
            if (best.Count < count)
            {
                best.Enqueue(scored, scored);
            }
            else if (Worse.Instance.Compare(best.Peek(), scored) < 0)
            {
                best.EnqueueDequeue(scored, scored);
            }
        }

        var top = new List<ScoredDoc>(best.Count);
        while (best.TryDequeue(out var scored, out _))
        {
            top.Add(scored);
        }

        top.Reverse();
        return top;
    }

    private static void Read(IndexReader reader, string field, FieldPostings postings, Bm25Parts similarity)
    {
        var docs = new Dictionary<string, (List<int> Docs, List<int> Freqs)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            if (atomic.GetNormValues(field) is { } norms)
            {
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    postings.Norms[leaf.DocBase + doc] = (byte)norms.Get(doc);
                }
            }
            else
            {
                postings.HasNorms = false;
            }

            if (atomic.GetTerms(field) is not { } terms)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            DocsEnum? reuse = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                if (!docs.TryGetValue(term, out var list))
                {
                    list = ([], []);
                    docs[term] = list;
                }

                reuse = termsEnum.Docs(null, reuse, DocsFlags.FREQS);
                while (reuse.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    list.Docs.Add(leaf.DocBase + reuse.DocID);
                    list.Freqs.Add(reuse.Freq);
                }
            }
        }

        foreach (var (term, list) in docs)
        {
            postings.Terms[term] = new TermPostings([.. list.Docs], [.. list.Freqs], similarity.IdfOf(list.Docs.Count, reader.MaxDoc));
        }
    }

    private sealed class FieldPostings(float[] lengths, byte[] norms)
    {
        /// <summary>BM25's <c>k1 × ((1 − b) + b × length / average length)</c> for each encoded norm.</summary>
        public float[] Lengths { get; } = lengths;

        /// <summary>Each document's encoded field length (Lucene's one-byte norm).</summary>
        public byte[] Norms { get; } = norms;

        public bool HasNorms { get; set; } = true;

        public Dictionary<string, TermPostings> Terms { get; } = new(StringComparer.Ordinal);
    }

    private sealed record TermPostings(int[] Docs, int[] Freqs, float Idf);

    /// <summary>Orders the worse first: the lower score, or on equal scores the later document.</summary>
    private sealed class Worse : IComparer<ScoredDoc>
    {
        public static Worse Instance { get; } = new();

        public int Compare(ScoredDoc x, ScoredDoc y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    /// <summary>Lucene's own BM25 idf, average length and norm decoding, reached through the members it leaves to subclasses.</summary>
    private sealed class Bm25Parts : BM25Similarity
    {
        public float IdfOf(long docFreq, long maxDoc) => Idf(docFreq, maxDoc);

        public float AvgLength(CollectionStatistics statistics) => AvgFieldLength(statistics);

        public float Decode(byte norm) => DecodeNormValue(norm);
    }
}
