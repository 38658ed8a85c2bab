using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Host.Features.Inspections.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// The campaign overview for the 個人情報保護管理者. Adaptive Cards 1.5 has no chart element (charts are 1.6+ and
/// Teams-specific), so progress is a text bar per department in a ColumnSet.
/// </summary>
public static class InspectionSummaryCard
{
    private const int BarWidth = 10;

    public static JsonObject Build(InspectionProgress progress, string? locale)
    {
        var l = locale;
        var body = new List<JsonNode?> { Heading(InspectionsTexts.Format("Summary_Title", l, progress.CampaignKey)) };
        body.Add(Row(InspectionsTexts.Get("Summary_Department", l), InspectionsTexts.Get("Summary_Progress", l), InspectionsTexts.Get("Summary_Counts", l), bold: true));
        foreach (var d in progress.Departments)
            body.Add(Row(d.DepartmentName, Bar(d.Approved, d.Sheets),
                InspectionsTexts.Format("Summary_Row", l, d.Submitted, d.Approved, d.Sheets, d.Returned, d.NoAnswers)));
        body.Add(Text(InspectionsTexts.Get("Summary_NoItems", l), bold: true));
        body.Add(progress.NoItems.Count == 0
            ? Text(InspectionsTexts.Get("Summary_NoItemsNone", l), subtle: true)
            : FactSet(progress.NoItems.Select(n => (n.Item, n.Count.ToString(CultureInfo.InvariantCulture)))));
        body.Add(FactSet([
            (InspectionsTexts.Get("Summary_OpenActions", l), progress.OpenActions.ToString(CultureInfo.InvariantCulture)),
            (InspectionsTexts.Get("Summary_OverdueActions", l), progress.OverdueActions.ToString(CultureInfo.InvariantCulture)),
        ]));
        var actions = new List<JsonNode?>();
        if (progress.ExportUrl is not null)
        {
            body.Add(Text(InspectionsTexts.Get("Summary_ExportHint", l), subtle: true, size: "Small"));
            actions.Add(OpenUrl(InspectionsTexts.Get("Summary_Export", l), progress.ExportUrl));
        }
        return Card(body, actions);
    }

    /// <summary>A ten-cell bar of approved sheets, e.g. <c>■■■■□□□□□□ 40%</c>.</summary>
    public static string Bar(int done, int total)
    {
        var filled = total == 0 ? 0 : (int)Math.Round(BarWidth * (double)done / total);
        var percent = total == 0 ? 0 : (int)Math.Round(100.0 * done / total);
        return new string('■', filled) + new string('□', BarWidth - filled) + $" {percent}%";
    }

    private static JsonObject Row(string a, string b, string c, bool bold = false) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray(
            new JsonObject { ["type"] = "Column", ["width"] = 2, ["items"] = new JsonArray(Text(a, bold: bold)) },
            new JsonObject { ["type"] = "Column", ["width"] = 3, ["items"] = new JsonArray(Text(b, bold: bold)) },
            new JsonObject { ["type"] = "Column", ["width"] = 3, ["items"] = new JsonArray(Text(c, bold: bold, size: "Small")) }),
    };
}
