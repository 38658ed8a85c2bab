using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>
/// The blind sets: questions written from the seeds and legal facts by people who never saw <c>knowledge/</c>, judged
/// on the answer shown. <c>blind-set.yaml</c> was frozen before tuning; <c>blind-set-2.yaml</c> and
/// <c>blind-set-3.yaml</c>, by other writers, were held out of all tuning and only measured until they joined as floors. Asked from an en-US client, as the
/// Playground does. The floors are the reported figures less two points: a regression floor, not a target.
/// </summary>
[Collection(RealKnowledgeGroup.Name)]
public class KnowledgeBlindEvaluationTests(RealKnowledgeFixture real)
{
    // Reported 2026-12-03 (third session). Set 1: hit 0.872, abstention precision 1.000, recall 0.930 (second session
    // 0.784 / 0.976 / 0.930; first 0.703 / 0.600 / 0.628; baseline before tuning 0.505 / 0.500 / 0.674). Set 2:
    // 0.880 / 0.953 / 1.000 (second session 0.813 / 0.881 / 0.902; 0.763 / 0.822 / 0.902 when it was added). Set 3,
    // written this session by a third writer and held out of all tuning: 0.752 / 0.895 / 0.773 before, 0.781 / 0.911 /
    // 0.932 after the session's retrieval work, measured then added as a floor (the honest figure for unseen questions).
    public static TheoryData<string, double, double, double> Sets => new()
    {
        { "blind-set.yaml", 0.852, 0.980, 0.910 },
        { "blind-set-2.yaml", 0.860, 0.933, 0.980 },
        { "blind-set-3.yaml", 0.761, 0.891, 0.912 },
    };

    internal static KnowledgeAnswerEvaluationResult Evaluate(RealKnowledgeFixture real, string set)
    {
        var path = KnowledgePaths.Knowledge(set);
        var result = KnowledgeAnswerEvaluation.Evaluate(real.Answerer, KnowledgeAnswerEvaluation.Load(path, "en-US"));
        if (Environment.GetEnvironmentVariable("CHATBOT_BLIND_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllLines($"{report}.{set}.txt", [$"hit {result.Hit:F3} precision {result.AbstentionPrecision:F3} recall {result.AbstentionRecall:F3} ({result.Answerable} + {result.MustAbstain})", .. result.Misses]);
        }

        return result;
    }

    [Theory]
    [InlineData("blind-set.yaml")]
    [InlineData("blind-set-2.yaml")]
    [InlineData("blind-set-3.yaml")]
    public void BlindSet_IsLargeEnough(string set)
    {
        var result = Evaluate(real, set);
        Assert.True(result.Answerable >= 150, $"{result.Answerable} answerable questions");
        Assert.True(result.MustAbstain >= 30, $"{result.MustAbstain} off-topic and near-miss questions");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void AnswersAndAbstentions_StayAboveTheReportedFloors(string set, double hitFloor, double precisionFloor, double recallFloor)
    {
        var result = Evaluate(real, set);
        var misses = string.Join("\n", result.Misses);
        Assert.True(result.Hit >= hitFloor, $"{set}: hit = {result.Hit:F3}\n{misses}");
        Assert.True(result.AbstentionPrecision >= precisionFloor, $"{set}: precision = {result.AbstentionPrecision:F3}\n{misses}");
        Assert.True(result.AbstentionRecall >= recallFloor, $"{set}: recall = {result.AbstentionRecall:F3}\n{misses}");
    }
}
