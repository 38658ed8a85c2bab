using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Files;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>The end of a dialog: totals per answer and per category, the top gaps by risk, and the Excel download link.</summary>
public static class GapReportCard
{
    public const int TopGaps = 5;

    public static JsonObject Build(AssessmentDialog dialog, GapReport report, SignedLink? download, GapActions? actions, string? notice, string? locale)
    {
        var body = new List<JsonNode?>
        {
            Notice(notice, style: "accent"),
            Heading(LifecycleTexts.Format("Report_Title", locale, LifecycleTexts.Of(report.Plan.Step.Title, locale), LifecycleTexts.Of(report.Plan.Pattern.Title, locale))),
            Text(string.Join(" · ",
                dialog.FinishedAt is { } f ? LifecycleTexts.Format("Report_FinishedAt", locale, LifecycleTexts.JapanDateTime(f)) : null,
                LifecycleTexts.Get(report.SmallBusiness ? "Report_Sme" : "Report_NotSme", locale)), subtle: true, size: "Small"),
            Text(LifecycleTexts.Format("Report_Totals", locale, report.Items.Count), bold: true),
            FactSet(AssessmentAnswers.All.Select(a => (LifecycleTexts.Answer(a, locale), report.Count(a).ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            Text(LifecycleTexts.Get("Report_ByCategory", locale), bold: true),
            FactSet(report.Categories.Select(c => (LifecycleTexts.Category(c, locale), LifecycleTexts.Format("Report_CategoryLine", locale,
                report.Count(c, AssessmentAnswer.Done), report.Count(c, AssessmentAnswer.Partial), report.Count(c, AssessmentAnswer.NotDone),
                report.Count(c, AssessmentAnswer.NotApplicable), report.Count(c, AssessmentAnswer.Unanswered))))),
        };

        if (report.Gaps.Count == 0) body.Add(Text(LifecycleTexts.Get("Report_NoGaps", locale), bold: true));
        else body.Add(Text(LifecycleTexts.Format("Report_TopGaps", locale, Math.Min(TopGaps, report.Gaps.Count), report.Gaps.Count), bold: true, size: "Medium"));
        var rank = 0;
        foreach (var gap in report.Gaps.Take(TopGaps))
        {
            rank++;
            body.Add(Container(
            [
                Text($"{rank}. " + LifecycleTexts.Format("Report_GapLine", locale, LifecycleTexts.Risk(gap.Risk, locale),
                    LifecycleTexts.Answer(gap.Answer, locale), LifecycleTexts.Category(gap.Category, locale)), bold: true,
                    size: "Small"),
                Text(LifecycleTexts.Of(gap.Countermeasure.Text, locale)),
                Text(LifecycleTexts.Format("Guide_Measure", locale, LifecycleTexts.MeasureReference(gap.Countermeasure.Measure, gap.Measure, locale)), subtle: true, size: "Small"),
                string.IsNullOrEmpty(gap.Note) ? null : Text(LifecycleTexts.Format("Report_Note", locale, gap.Note), subtle: true, size: "Small"),
                ActionFor(dialog, gap, actions, locale),
            ], style: gap.Risk == RiskLevel.High ? "attention" : null, separator: true));
        }

        return Card(body,
        [
            download is null ? null : OpenUrl(LifecycleTexts.Format("Report_Download", locale, (int)download.Lifetime.TotalMinutes), download.Url),
            Execute(LifecycleTexts.Get("Report_Refresh", locale), LifecycleVerbs.Report, LifecycleVerbs.Data(dialog)),
            Execute(LifecycleTexts.Get("Report_NewAssessment", locale), LifecycleVerbs.Restart, LifecycleVerbs.Data(dialog)),
        ]);
    }

    // An opened action is shown; otherwise (for the handler who assessed) a folded form: owner, due date, create.
    private static JsonNode? ActionFor(AssessmentDialog dialog, AssessedCountermeasure gap, GapActions? actions, string? locale)
    {
        if (actions is null) return null;
        var id = gap.Countermeasure.Id;
        if (actions.Opened.TryGetValue(id, out var opened))
            return Text(LifecycleTexts.Format("Action_Opened", locale, opened.Id, opened.OwnerName, opened.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), opened.Status), size: "Small", bold: true);
        var form = Card(
        [
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet", ["id"] = LifecycleVerbs.OwnerPrefix + id, ["style"] = "compact",
                ["label"] = LifecycleTexts.Get("Action_Owner", locale), ["value"] = actions.DefaultOwner, ["isRequired"] = true,
                ["errorMessage"] = LifecycleTexts.Get("Action_Owner", locale),
                ["choices"] = new JsonArray([.. actions.Owners.Select(o => (JsonNode)new JsonObject { ["title"] = o.Name, ["value"] = o.Id })]),
            },
            new JsonObject
            {
                ["type"] = "Input.Date", ["id"] = LifecycleVerbs.DuePrefix + id, ["label"] = LifecycleTexts.Get("Action_Due", locale),
                ["value"] = actions.DefaultDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["isRequired"] = true,
                ["errorMessage"] = LifecycleTexts.Get("Action_Due", locale),
            },
        ],
        [Execute(LifecycleTexts.Get("Action_Create", locale), LifecycleVerbs.CreateAction, LifecycleVerbs.Data(dialog, ("countermeasure", id)), style: "positive")]);
        form.Remove("$schema");
        form.Remove("version");
        return ActionSet([new JsonObject { ["type"] = "Action.ShowCard", ["title"] = LifecycleTexts.Get("Action_Show", locale), ["card"] = form }]);
    }
}
