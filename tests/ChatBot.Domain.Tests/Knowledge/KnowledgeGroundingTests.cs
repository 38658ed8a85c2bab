using ChatBot.Domain;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>Entries dated and grounded: consistency with the incident rules, the review list, amendment matching.</summary>
public class KnowledgeGroundingTests
{
    private static IncidentRules RealRules => IncidentRulesLoader.Load(Path.Combine(KnowledgePaths.KnowledgeRoot, "incidents", "rules.yaml"));

    [Fact]
    public void Consistency_RealContent_AgreesWithTheIncidentRules()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);

        Assert.Empty(KnowledgeConsistency.Check(kb, RealRules));
        // The facts the issue names are stated, so the check has something to compare.
        foreach (var fact in new[] { "family-numbers-provision", "final-report-days", "final-report-days-wrongful-purpose", "over-persons-threshold", "retention-years-deduction-forms" })
            Assert.True(kb.Entries.Count(e => e.Facts.ContainsKey(fact)) >= 2, $"{fact} is stated by fewer than two entries");
    }

    [Fact]
    public void Consistency_AnEntryStatingAnotherDeadline_IsReportedWithTheRulesValue()
    {
        var root = KnowledgePaths.InvalidFixture("facts-disagree");
        try
        {
            File.Delete(Path.Combine(root, "entries", "more.yaml"));
            File.WriteAllText(Path.Combine(root, "entries", "general.yaml"),
                File.ReadAllText(Path.Combine(root, "entries", "general.yaml")).Replace("final-report-days: \"30\"", "final-report-days: \"31\"", StringComparison.Ordinal));
            var kb = KnowledgeLoader.Load(root);

            var problem = Assert.Single(KnowledgeConsistency.Check(kb, RealRules));

            Assert.Contains("entry 'dispose-entry': facts.final-report-days is '31' but incidents/rules.yaml gives '30'", problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Review_ListsEntriesCheckedAYearAgoAndThoseWithABasisAmendedSince()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.ValidFixture);

        Assert.DoesNotContain(KnowledgeReview.Due(kb, new DateOnly(2027, 3, 31)), d => d.Overdue);
        // The fixture's 第20条 amendment of 2027-04-01 is after the 2026-12-03 check: listed already, before it applies.
        var amended = Assert.Single(KnowledgeReview.Due(kb, new DateOnly(2027, 1, 5)));
        Assert.False(amended.Overdue);
        Assert.Equal(new DateOnly(2027, 4, 1), Assert.Single(amended.Amendments).Date);
        var overdue = Assert.Single(KnowledgeReview.Due(kb, new DateOnly(2027, 12, 3)));
        Assert.True(overdue.Overdue);
        Assert.False(Assert.Single(KnowledgeReview.Due(kb, new DateOnly(2027, 12, 2))).Overdue);
    }

    [Fact]
    public void Review_RealContent_NothingDueTheDayAfterTheLegalReview() =>
        Assert.Empty(KnowledgeReview.Due(KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot), new DateOnly(2026, 12, 4)));

    [Theory]
    [InlineData("第9条", "第9条第1項", true)]
    [InlineData("第9条", "第19条", false)]
    [InlineData("第9条", "第2条第5項・第7条・第9条", true)]
    [InlineData("第29条", "第29条の4", false)]
    [InlineData("第29条の4", "第29条の4第1項", true)]
    [InlineData("別添1", "別添1 C-d", true)]
    [InlineData(null, "第4-3（提供制限）", true)]
    public void Amendment_TouchesTheArticleItNames(string? section, string basis, bool touches) =>
        Assert.Equal(touches, new LegalAmendment("bangouhou", section, new DateOnly(2027, 1, 1), new LocalizedText("", "")).Touches(new SourceCitation("bangouhou", basis)));

    [Fact]
    public void Amendment_OfAnotherSource_DoesNotTouch() =>
        Assert.False(new LegalAmendment("ppc-rule-leak", null, new DateOnly(2027, 1, 1), new LocalizedText("", "")).Touches(new SourceCitation("bangouhou", "第9条")));
}
