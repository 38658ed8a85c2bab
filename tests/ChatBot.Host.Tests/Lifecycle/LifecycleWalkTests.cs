using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;
using ClosedXML.Excel;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Every lifecycle step × business pattern in <c>knowledge/</c>, walked to the end over the protocol with a deterministic
/// mix of answers; the gap report (card, stored counts and workbook) must add up to what was answered. A pattern added
/// to the YAML is covered without new test code.
/// </summary>
public sealed class LifecycleWalkTests(SharedBotApplication fixture) : IClassFixture<SharedBotApplication>
{
    private static readonly string[] Mix = ["done", "partial", "not_done", "na", ""];
    private readonly BotApplication app = fixture.App;

    internal static KnowledgeBase Knowledge { get; } = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));

    public static TheoryData<string, string> Patterns()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in Knowledge.Lifecycle)
            foreach (var pattern in step.Patterns) data.Add(step.Id, pattern.Id);
        return data;
    }

    [Fact]
    public void Patterns_CoverEveryLifecycleStep() =>
        Assert.Equal(LifecycleStep.KnownIds.Order(), Patterns().Select(r => (string)r[0]).Distinct().Order());

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task Walk_EveryStepAndPattern_ReportCountsMatchTheAnswers(string stepId, string patternId)
    {
        var driver = new LifecycleDriver(app);
        var (report, given, steps) = await driver.WalkAsync(stepId, patternId, (_, i) => Mix[i % Mix.Length]);
        var plan = AssessmentPlan.Create(Knowledge, stepId, patternId)!;

        // Every process step was shown once, preconditions first, with progress; every countermeasure was asked.
        Assert.Equal(plan.Count, steps.Count);
        for (var i = 0; i < steps.Count; i++) Assert.Contains($"ステップ {i + 1}/{plan.Count}", CardJson.Text(steps[i]));
        Assert.Equal(plan.Countermeasures.Select(c => c.Id).Order(), given.Keys.Order());

        // Totals per answer and per category on the card.
        var facts = CardJson.Facts(report);
        foreach (var answer in AssessmentAnswers.All)
            Assert.Equal(given.Values.Count(v => v == answer.Code()).ToString(), facts[LifecycleTexts.Answer(answer, "ja-JP")]);
        foreach (var category in plan.Countermeasures.Select(c => c.Category).Distinct())
        {
            int Count(string code) => plan.Countermeasures.Count(c => c.Category == category && given[c.Id] == code);
            Assert.Equal(LifecycleTexts.Format("Report_CategoryLine", "ja-JP", Count("done"), Count("partial"), Count("not_done"), Count("na"), Count("")),
                facts[LifecycleTexts.Category(category, "ja-JP")]);
        }
        var gaps = given.Values.Count(v => v is "partial" or "not_done");
        Assert.Contains(gaps == 0 ? LifecycleTexts.Get("Report_NoGaps", "ja-JP")
            : LifecycleTexts.Format("Report_TopGaps", "ja-JP", Math.Min(GapReportCard.TopGaps, gaps), gaps), CardJson.Text(report));

        // The workbook behind the card's link says the same.
        var url = new Uri(CardJson.OpenUrl(report)!);
        using var response = await app.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(gaps, workbook.Worksheet(2).RowsUsed().Count() - 1);
        Assert.Equal(given.Count, workbook.Worksheet(3).RowsUsed().Count() - 1);
    }
}
