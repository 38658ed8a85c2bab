using ChatBot.Domain.Lifecycle;
using ClosedXML.Excel;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// The gap report as an .xlsx: a summary (who, what, counts per answer and category), the gaps by priority, and every answer.
/// Column widths are set by hand: AdjustToContents needs System.Drawing fonts, which Linux hosts lack.
/// </summary>
public static class AssessmentWorkbook
{
    public static byte[] Build(GapReport report, AssessmentDialog dialog, string handler, string organization, string? locale)
    {
        using var workbook = new XLWorkbook();
        Summary(workbook.AddWorksheet(LifecycleTexts.Get("Excel_Summary", locale)), report, dialog, handler, organization, locale);
        Rows(workbook.AddWorksheet(LifecycleTexts.Get("Excel_Gaps", locale)), report.Gaps, report, locale, ranked: true);
        Rows(workbook.AddWorksheet(LifecycleTexts.Get("Excel_Answers", locale)), report.Items, report, locale, ranked: false);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Summary(IXLWorksheet sheet, GapReport report, AssessmentDialog dialog, string handler, string organization, string? locale)
    {
        var facts = new (string Key, string Value)[]
        {
            ("Excel_Organization", organization),
            ("Excel_Handler", handler),
            ("Excel_Step", LifecycleTexts.Of(report.Plan.Step.Title, locale)),
            ("Excel_Pattern", LifecycleTexts.Of(report.Plan.Pattern.Title, locale)),
            ("Excel_SmallBusiness", LifecycleTexts.Get(report.SmallBusiness ? "Excel_Yes" : "Excel_No", locale)),
            ("Excel_FinishedAt", dialog.FinishedAt is { } f ? LifecycleTexts.JapanDateTime(f) : ""),
        };
        var row = 1;
        foreach (var (key, value) in facts)
        {
            sheet.Cell(row, 1).Value = LifecycleTexts.Get(key, locale);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Value = value;
            row++;
        }

        // Counts: one row per category, one column per answer, totals last.
        row++;
        var header = row;
        sheet.Cell(header, 1).Value = LifecycleTexts.Get("Excel_Category", locale);
        for (var i = 0; i < AssessmentAnswers.All.Count; i++) sheet.Cell(header, i + 2).Value = LifecycleTexts.Answer(AssessmentAnswers.All[i], locale);
        sheet.Cell(header, AssessmentAnswers.All.Count + 2).Value = LifecycleTexts.Get("Excel_Total", locale);
        sheet.Row(header).Style.Font.Bold = true;
        foreach (var category in report.Categories)
        {
            row++;
            sheet.Cell(row, 1).Value = LifecycleTexts.Category(category, locale);
            for (var i = 0; i < AssessmentAnswers.All.Count; i++) sheet.Cell(row, i + 2).Value = report.Count(category, AssessmentAnswers.All[i]);
            sheet.Cell(row, AssessmentAnswers.All.Count + 2).Value = report.Items.Count(x => x.Category == category);
        }
        row++;
        sheet.Cell(row, 1).Value = LifecycleTexts.Get("Excel_Total", locale);
        for (var i = 0; i < AssessmentAnswers.All.Count; i++) sheet.Cell(row, i + 2).Value = report.Count(AssessmentAnswers.All[i]);
        sheet.Cell(row, AssessmentAnswers.All.Count + 2).Value = report.Items.Count;
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 40;
        for (var c = 3; c <= AssessmentAnswers.All.Count + 2; c++) sheet.Column(c).Width = 12;
    }

    private static void Rows(IXLWorksheet sheet, IReadOnlyList<AssessedCountermeasure> items, GapReport report, string? locale, bool ranked)
    {
        string[] headers = ["Excel_Rank", "Excel_Risk", "Excel_Answer", "Excel_Category", "Excel_ProcessStep", "Excel_Countermeasure", "Excel_Measure", "Excel_Note", "Excel_CountermeasureId"];
        double[] widths = [6, 12, 10, 20, 40, 70, 40, 30, 30];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = LifecycleTexts.Get(headers[c], locale);
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);

        var row = 1;
        foreach (var item in items)
        {
            row++;
            var step = item.ProcessStep;
            var stepText = $"{item.StepIndex + 1}/{report.Plan.Count} {LifecycleTexts.Of(step.Actor, locale)}: {LifecycleTexts.Of(step.Action, locale)}";
            sheet.Cell(row, 1).Value = ranked ? row - 1 : item.StepIndex + 1;
            sheet.Cell(row, 2).Value = LifecycleTexts.Risk(item.Risk, locale);
            sheet.Cell(row, 3).Value = LifecycleTexts.Answer(item.Answer, locale);
            sheet.Cell(row, 4).Value = LifecycleTexts.Category(item.Category, locale);
            sheet.Cell(row, 5).Value = stepText;
            sheet.Cell(row, 6).Value = LifecycleTexts.Of(item.Countermeasure.Text, locale);
            sheet.Cell(row, 7).Value = LifecycleTexts.MeasureReference(item.Countermeasure.Measure, item.Measure, locale);
            sheet.Cell(row, 8).Value = item.Note ?? "";
            sheet.Cell(row, 9).Value = item.Countermeasure.Id;
        }
        sheet.Range(1, 1, Math.Max(row, 1), headers.Length).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, Math.Max(row, 1), headers.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
