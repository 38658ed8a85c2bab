using ChatBot.Domain.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>
/// The index scores queries from postings copied out of Lucene (<c>Bm25Postings</c>); ranking depends on those scores
/// being Lucene's own. Every question of the evaluation and blind sets, searched both ways, is scored by Lucene's
/// IndexSearcher too: same documents, same order, same float scores.
/// </summary>
[Collection(RealKnowledgeGroup.Name)]
public class KnowledgeIndexScoringTests(RealKnowledgeFixture real)
{
    private const int Candidates = 60;

    [Fact]
    public void Score_EveryEvaluationQuestion_EqualsLuceneBitForBit()
    {
        var searcher = new IndexSearcher(real.Index.Reader) { Similarity = new BM25Similarity() };
        var questions = KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet).Select(q => q.Question)
            .Concat(KnowledgeAnswerEvaluation.Load(KnowledgePaths.BlindSet).Select(q => q.Question));
        var compared = 0;
        foreach (var question in questions)
        {
            foreach (var japanese in new[] { true, false })
            {
                var clauses = real.Index.Clauses(question, japanese);
                var expected = Lucene(searcher, clauses);
                var actual = real.Index.Score(clauses, Candidates).Select(d => (d.Doc, d.Score)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{question} ({(japanese ? "ja" : "en")}): {Describe(expected)} ≠ {Describe(actual)}");
                compared += expected.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(compared > 300, $"only {compared} queries found anything");
    }

    private static List<(int Doc, float Score)> Lucene(IndexSearcher searcher, List<QueryClause> clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            query.Add(new TermQuery(new Term(clause.Field, clause.Term)) { Boost = clause.Boost }, Occur.SHOULD);
        }

        var collector = TopScoreDocCollector.Create(Candidates, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
    }

    private static string Describe(List<(int Doc, float Score)> docs) =>
        string.Join(", ", docs.Take(5).Select(d => $"{d.Doc}:{d.Score:R}"));
}
