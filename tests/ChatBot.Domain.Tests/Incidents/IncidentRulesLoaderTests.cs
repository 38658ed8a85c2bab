using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

public class IncidentRulesLoaderTests
{
    private static readonly string RealYaml = File.ReadAllText(PathOf("rules.yaml"));

    [Fact]
    public void Load_RealFile_HasTheFourCriteriaAndDayCounts()
    {
        Assert.Equal(
            ["criterion-network-system", "criterion-wrongful-purpose", "criterion-unspecified-many", "criterion-over-100-persons"],
            Rules.MandatoryCriteria.Select(c => c.Id));
        var persons = Rules.MandatoryCriteria.Single(c => c.Condition.Kind == IncidentConditionKind.OverPersons);
        Assert.Equal(100, persons.Condition.Threshold);
        Assert.Equal(PersonsComparison.GreaterThan, persons.Condition.Comparison);
        Assert.Equal(60, Rules.MandatoryCriteria.Single(c => c.Id == "criterion-wrongful-purpose").FinalReportDays);
        Assert.Equal(30, Rules.Final.Days);
        Assert.True(Rules.Final.DayOfLearningIsDayOne);
        Assert.Equal((3, 5), (Rules.Preliminary.TargetDaysMin, Rules.Preliminary.TargetDaysMax));
        Assert.Equal(6, Rules.Exclusion.Conditions.Count);
        // PPC Q&A 17-14: the algorithm and its implementation always; the key managed by any one of ①–③.
        Assert.Equal(["encryption-approved-algorithm", "encryption-properly-implemented"], Rules.Exclusion.Required.Select(c => c.Id));
        Assert.Equal(
            ["encryption-key-kept-separately+encryption-key-not-leaked", "encryption-remote-deletion", "encryption-key-unusable-by-others"],
            Rules.Exclusion.KeyManagementAnyOf.Select(a => string.Join("+", a.Select(c => c.Id))));
        Assert.Equal(5, Rules.ContractorRelease.PromptWithinDays);
    }

    [Fact]
    public void Load_RealFile_EveryTextHasBothLanguages()
    {
        foreach (var key in IncidentMessages.RequiredKeys)
        {
            var t = Rules.Messages.Template(key);
            Assert.False(string.IsNullOrWhiteSpace(t.Ja), key);
            Assert.False(string.IsNullOrWhiteSpace(t.En), key);
        }
        Assert.All(Rules.MandatoryCriteria, c => Assert.False(string.IsNullOrEmpty(c.Text.Reference.En)));
    }

    [Theory]
    [InlineData("threshold: 100", "threshold: many", "rules.yaml: mandatory_criteria[3].threshold: must be a number")]
    [InlineData("comparison: greater_than", "comparison: more", "rules.yaml: mandatory_criteria[3].comparison: 'more' is not one of")]
    [InlineData("condition: unspecified_many", "condition: lots", "rules.yaml: mandatory_criteria[2].condition: 'lots' is not one of")]
    [InlineData("final_report_days: 60", "final_report_days: -1", "rules.yaml: mandatory_criteria[1].final_report_days: must be at least 1")]
    [InlineData("implied_by_causes: [theft, unauthorized_access, employee_take_out]\n    final", "implied_by_causes: [burglary]\n    final", "rules.yaml: mandatory_criteria[1].implied_by_causes[0]: 'burglary' is not one of")]
    [InlineData("title: { ja: \"不正の目的による漏えい等\", en: \"Leak with wrongful intent\" }", "title: { ja: \"不正の目的による漏えい等\" }", "rules.yaml: mandatory_criteria[1].title: needs both ja and en")]
    [InlineData("    days: 30 ", "    days: thirty ", "rules.yaml: deadlines.final.days: must be a number")]
    [InlineData("target_days_min: 3\n    target_days_max: 5\n    counted", "target_days_min: 6\n    target_days_max: 5\n    counted", "rules.yaml: deadlines.preliminary.target_days_max: must not be less than target_days_min")]
    [InlineData("roll_forward_on: [saturday, sunday, national_holiday, year_end]", "roll_forward_on: [saturday, funday]", "rules.yaml: deadlines.final.counting.roll_forward_on[1]: 'funday' is not one of")]
    [InlineData("timezone: Asia/Tokyo", "timezone: UTC", "rules.yaml: deadlines.final.counting.timezone: 'UTC' is not supported")]
    [InlineData("- id: encryption-key-not-leaked", "- id: encryption-key-lost", "rules.yaml: scope.excluded_when.conditions[3].id: 'encryption-key-lost' is not one of")]
    [InlineData("required: [encryption-approved-algorithm, encryption-properly-implemented]", "all_required: true\n    required: [encryption-approved-algorithm, encryption-properly-implemented]", "rules.yaml: scope.excluded_when.all_required: is replaced by required + key_management_any_of")]
    [InlineData("required: [encryption-approved-algorithm, encryption-properly-implemented]", "required: [encryption-properly-implemented]", "rules.yaml: scope.excluded_when.required: must include 'encryption-approved-algorithm'")]
    [InlineData("      - [encryption-remote-deletion]", "      - [encryption-remote-deletion, encryption-approved-algorithm]", "rules.yaml: scope.excluded_when.key_management_any_of[1]: 'encryption-approved-algorithm' is used twice")]
    [InlineData("      - [encryption-key-unusable-by-others]", "      - [encryption-key-unusable]", "rules.yaml: scope.excluded_when.key_management_any_of[2]: 'encryption-key-unusable' is not a condition")]
    [InlineData("      - [encryption-key-unusable-by-others]", "", "rules.yaml: scope.excluded_when.conditions: 'encryption-key-unusable-by-others' is in neither required nor key_management_any_of")]
    [InlineData("still_check: [criterion-unspecified-many, criterion-wrongful-purpose]", "still_check: [criterion-nope]", "rules.yaml: not_a_leak_caveat.still_check[0]: 'criterion-nope' is not an id of mandatory_criteria")]
    [InlineData("effect: not_an_incident\n    reference: { ja: \"別添2 1A", "effect: ignore\n    reference: { ja: \"別添2 1A", "rules.yaml: not_a_leak[0].effect: 'ignore' is not one of")]
    [InlineData("prompt_within_days: 5", "prompt_within_days: soon", "rules.yaml: contractor_release.prompt_within_days: must be a number")]
    [InlineData("  warn-calendar:", "  warn-calendar-old:", "rules.yaml: messages.warn-calendar: is required")]
    [InlineData("mandatory_criteria:\n", "mandatory_criteria: [\n", "rules.yaml: line")]
    public void Parse_InvalidFile_NamesFileAndField(string replace, string with, string expected)
    {
        Assert.Contains(replace, RealYaml, StringComparison.Ordinal);
        var yaml = ReplaceFirst(RealYaml, replace, with);
        var e = Assert.Throws<IncidentDataException>(() => IncidentRulesLoader.Parse(yaml, "rules.yaml"));
        Assert.Contains(e.Errors, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyCriteria_IsAnError()
    {
        var e = Assert.Throws<IncidentDataException>(() => IncidentRulesLoader.Parse("mandatory_criteria: []\n", "rules.yaml"));
        Assert.Contains("rules.yaml: mandatory_criteria: must not be empty", e.Errors);
        Assert.Contains("rules.yaml: scope: is required", e.Errors);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, i), replacement, text.AsSpan(i + old.Length));
    }
}
