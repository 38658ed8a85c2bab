using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>Quality gates of the search on the evaluation set (not timings: those are in the benchmark).</summary>
[Collection(RealKnowledgeGroup.Name)]
public class KnowledgeEvaluationTests(RealKnowledgeFixture real)
{
    private readonly KnowledgeEvaluationResult _result =
        KnowledgeEvaluation.Evaluate(real.Index, real.Answerer, KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet));

    [Fact]
    public void EvalSet_HasEnoughQuestionsInBothLanguages()
    {
        var questions = KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet);

        Assert.True(questions.Count >= 100, $"{questions.Count} questions");
        Assert.True(questions.Count(q => q.OffTopic) >= 25);
        Assert.True(questions.Count(q => !q.OffTopic && KnowledgeAnswerer.LanguageOf(q.Question, null) == KnowledgeLanguage.Japanese) >= 55);
        Assert.True(questions.Count(q => !q.OffTopic && KnowledgeAnswerer.LanguageOf(q.Question, null) == KnowledgeLanguage.English) >= 28);
    }

    [Fact]
    public void EvalSet_ExpectsOnlyIdsThatExist()
    {
        var unknown = KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet)
            .SelectMany(q => q.Expect).Where(id => real.Knowledge.FindTitle(id, KnowledgeLanguage.English) is null
                && real.Knowledge.FindCountermeasure(id) is null && real.Knowledge.FindChecklistItem(id) is null)
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void HitAt3_IsAtLeast95Percent() =>
        Assert.True(_result.HitAt3 >= 0.95, $"hit@3 = {_result.HitAt3:F3}\n{string.Join("\n", _result.Misses)}");

    [Fact]
    public void AbstentionPrecision_IsAtLeast95Percent() =>
        Assert.True(_result.AbstentionPrecision >= 0.95, $"precision = {_result.AbstentionPrecision:F3}\n{string.Join("\n", _result.Misses)}");

    [Fact]
    public void AbstentionRecall_IsAtLeast95Percent() =>
        Assert.True(_result.AbstentionRecall >= 0.95, $"recall = {_result.AbstentionRecall:F3}\n{string.Join("\n", _result.Misses)}");
}
