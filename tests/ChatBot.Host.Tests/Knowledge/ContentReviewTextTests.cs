using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Admin;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Knowledge;

/// <summary>The content owners' review list: why each entry is due, in the reader's language.</summary>
public sealed class ContentReviewTextTests
{
    // The Domain tests' fixture: one entry checked 2026-12-03 resting on 番号法第20条, amended (in the fixture) 2027-04-01.
    private static KnowledgeBase Fixture => KnowledgeLoader.Load(Path.Combine(HostProcess.RepositoryRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", "Fixtures", "valid"));

    [Fact]
    public void Text_AmendedBasis_NamesTheAmendmentAndTheEntry()
    {
        var text = ContentReviewFeature.Text(Fixture, new DateOnly(2027, 1, 5), "ja-JP");

        Assert.Contains("- **番号の書類の捨て方**（dispose-entry）確認日 2026-12-03：確認後に根拠が改正（2027-04-01 番号法 第20条：第20条の改正）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12か月以上", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_AYearAfterTheCheck_SaysItIsOverdueInEnglish()
    {
        var text = ContentReviewFeature.Text(Fixture, new DateOnly(2027, 12, 3), "en-US");

        Assert.Contains("checked 2026-12-03: not checked for 12 months or more; basis amended after the check (2027-04-01 My Number Act 第20条: Article 20 amended)", text, StringComparison.Ordinal);
    }
}
