using System.Text.Json.Nodes;
using ChatBot.Host.Files;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>One row of the managers' list: a handler's latest assessment of one step and pattern.</summary>
public sealed record AssessmentListRow(string Handler, string Department, string What, DateTimeOffset FinishedAt, AnswerCounts Counts, SignedLink Download);

/// <summary>The latest self-assessments a manager may see (their department's handlers; everyone's for the privacy officer).</summary>
public static class AssessmentListCard
{
    public static JsonObject Build(IReadOnlyList<AssessmentListRow> rows, string? locale)
    {
        var body = new List<JsonNode?> { Heading(LifecycleTexts.Get("List_Title", locale)) };
        if (rows.Count == 0) body.Add(Text(LifecycleTexts.Get("List_Empty", locale)));
        foreach (var row in rows)
        {
            body.Add(Container(
            [
                Text($"{row.Handler}（{row.Department}）", bold: true),
                Text($"{row.What} · {LifecycleTexts.Format("Report_FinishedAt", locale, LifecycleTexts.JapanDateTime(row.FinishedAt))}", subtle: true, size: "Small"),
                Text(LifecycleTexts.Format("List_Counts", locale, row.Counts.NotDone, row.Counts.Partial, row.Counts.Done, row.Counts.NotApplicable, row.Counts.Unanswered)),
                ActionSet([OpenUrl(LifecycleTexts.Format("List_Download", locale, row.What), row.Download.Url)]),
            ], separator: true));
        }
        return Card(body);
    }
}
