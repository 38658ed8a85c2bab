using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;

namespace ChatBot.Domain.Tests.Incidents.Tracking;

/// <summary>response_steps validation: every problem names the file and the field.</summary>
public sealed class IncidentResponseLoaderTests
{
    private const string Valid = """
        response_steps:
          - id: response-notify-individuals
            title: { ja: 本人へ通知する, en: Notify the individuals }
            mandatory_when: mandatory_report
            suggested_when: reportable
        report_items:
          - { id: report-item-overview, ja: 概要, en: Summary }
        """;

    [Fact]
    public void Parse_SuggestedWhen_IsRead() =>
        Assert.Equal(StepCondition.Reportable, IncidentResponseLoader.Parse(Valid, "rules.yaml").Steps.Single().SuggestedWhen);

    [Theory]
    [InlineData("suggested_when: reportable", "suggested_when: sometimes", "rules.yaml: response_steps[0].suggested_when: 'sometimes' is not one of")]
    [InlineData("mandatory_when: mandatory_report", "mandatory_when: always", "rules.yaml: response_steps[0].suggested_when: must cover more cases")]
    [InlineData("suggested_when: reportable", "suggested_when: mandatory_report", "rules.yaml: response_steps[0].suggested_when: must cover more cases")]
    public void Parse_InvalidSuggestedWhen_NamesFileAndField(string replace, string with, string expected)
    {
        var e = Assert.Throws<IncidentDataException>(() =>
            IncidentResponseLoader.Parse(Valid.Replace(replace, with, StringComparison.Ordinal), "rules.yaml"));
        Assert.Contains(e.Errors, m => m.StartsWith(expected, StringComparison.Ordinal));
    }
}
