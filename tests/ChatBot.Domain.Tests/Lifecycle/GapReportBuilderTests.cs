using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Tests.Knowledge;

namespace ChatBot.Domain.Tests.Lifecycle;

public sealed class GapReportBuilderTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);

    public static TheoryData<string, string> Patterns()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in Knowledge.Lifecycle)
            foreach (var pattern in step.Patterns) data.Add(step.Id, pattern.Id);
        return data;
    }

    private static Dictionary<string, RecordedAnswer> Answer(AssessmentPlan plan, Func<int, AssessmentAnswer> pick) =>
        plan.Countermeasures.Select((c, i) => new RecordedAnswer(c.Id, pick(i), null)).ToDictionary(a => a.CountermeasureId);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Build_GapsOrderedByRiskThenNotDoneThenCategory(string step, string pattern)
    {
        var plan = AssessmentPlan.Create(Knowledge, step, pattern)!;
        var report = GapReportBuilder.Build(Knowledge, plan, false, Answer(plan, i => i % 3 == 0 ? AssessmentAnswer.Partial : AssessmentAnswer.NotDone));

        Assert.Equal(plan.Countermeasures.Count(), report.Gaps.Count);
        var keys = report.Gaps.Select(g => (-(int)g.Risk, g.Answer == AssessmentAnswer.NotDone ? 0 : 1, GapReportBuilder.CategoryRank(g.Category))).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Build_CountsAddUpPerAnswerAndCategory(string step, string pattern)
    {
        var plan = AssessmentPlan.Create(Knowledge, step, pattern)!;
        var answers = Answer(plan, i => AssessmentAnswers.All[i % AssessmentAnswers.All.Count]);
        answers.Remove(answers.Keys.First()); // one never answered

        var report = GapReportBuilder.Build(Knowledge, plan, true, answers);

        Assert.Equal(plan.Countermeasures.Count(), AssessmentAnswers.All.Sum(report.Count));
        Assert.Equal(report.Items.Count, report.Categories.Sum(c => AssessmentAnswers.All.Sum(a => report.Count(c, a))));
        Assert.All(report.Gaps, g => Assert.True(g.Answer.IsGap()));
        Assert.Equal(report.Count(AssessmentAnswer.NotDone) + report.Count(AssessmentAnswer.Partial), report.Gaps.Count);
    }

    [Fact]
    public void Plan_PreconditionsComeFirst()
    {
        var plan = AssessmentPlan.Create(Knowledge, "dispose", "dispose-paper")!;

        Assert.Null(plan.Steps[0].No);
        Assert.Equal(Knowledge.FindStep("dispose")!.Preconditions.Count + Knowledge.FindPattern("dispose-paper")!.Steps.Count, plan.Count);
    }

    [Theory]
    [InlineData("dispose", "collect-post")]
    [InlineData("nope", "dispose-paper")]
    [InlineData(null, null)]
    public void Plan_PatternOfAnotherStepOrUnknown_IsNull(string? step, string? pattern) => Assert.Null(AssessmentPlan.Create(Knowledge, step, pattern));

    [Fact]
    public void Risk_IsTheHighestOfTheConcernsAddressed()
    {
        var plan = AssessmentPlan.Create(Knowledge, "dispose", "dispose-electronic-file")!;
        var copies = plan.Countermeasures.Single(c => c.Id == "dispose-electronic-file-1-m3"); // addresses the "copies remain" concern (high)

        Assert.Equal(RiskLevel.High, plan.RiskOf(copies));
    }
}
