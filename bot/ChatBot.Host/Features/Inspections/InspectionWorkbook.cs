using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ClosedXML.Excel;

namespace ChatBot.Host.Features.Inspections;

/// <summary>The auditors' workbook of a campaign: answers, approvals (who, when), corrective actions. Japanese headers.</summary>
public static class InspectionWorkbook
{
    public const string AnswersSheet = "回答";
    public const string ApprovalsSheet = "承認履歴";
    public const string ActionsSheet = "是正措置";

    public static byte[] Build(InspectionCampaign campaign, IReadOnlyList<InspectionSheet> sheets, IReadOnlyList<InspectionDecision> decisions,
        IReadOnlyList<CorrectiveAction> actions, OrganizationModel org)
    {
        using var workbook = new XLWorkbook();
        string Name(string? aad) => org.FindPerson(aad)?.Name ?? aad ?? "";
        string Dept(string? id) => org.FindDepartment(id)?.Name.Ja ?? id ?? "";
        static string At(DateTimeOffset? t) => t is { } v ? JapanTime.ToJapan(v).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

        var answers = workbook.Worksheets.Add(AnswersSheet);
        Header(answers, "キャンペーン", "部署", "担当者", "担当者ID", "No", "項目ID", "項目", "回答", "備考", "シート状態");
        var row = 2;
        foreach (var sheet in sheets)
            foreach (var item in campaign.Template.Items)
            {
                var a = sheet.AnswerTo(item.Id);
                Write(answers, row++, campaign.Key, Dept(sheet.DepartmentId), Name(sheet.HandlerAadObjectId), sheet.HandlerAadObjectId,
                    item.No, item.Id, item.Text.Ja, a.Answer?.ToDb() ?? "", a.Remarks, sheet.Status.ToDb());
            }

        var approvals = workbook.Worksheets.Add(ApprovalsSheet);
        Header(approvals, "キャンペーン", "担当者", "担当者ID", "操作", "実施者", "実施者ID", "日時(JST)", "コメント", "版");
        row = 2;
        foreach (var d in decisions.Where(d => d.Action != "sheet.saved"))
            Write(approvals, row++, d.CampaignKey, Name(d.HandlerAadObjectId), d.HandlerAadObjectId, d.Action, Name(d.Actor), d.Actor, At(d.At), d.Comment ?? "", d.SheetVersion);

        var ca = workbook.Worksheets.Add(ActionsSheet);
        Header(ca, "ID", "参照", "内容", "担当者", "部署", "期限", "状態", "完了メモ", "作成者", "作成日時(JST)");
        row = 2;
        foreach (var a in actions)
            Write(ca, row++, a.Id, a.OriginReference, a.Title, Name(a.OwnerAadObjectId), Dept(a.DepartmentId),
                a.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Status.ToString(), a.ClosingNote ?? "", Name(a.CreatedBy), At(a.CreatedAt));

        // Fixed widths: AdjustToContents measures text with System.Drawing fonts, which Linux containers lack.
        foreach (var ws in workbook.Worksheets) ws.Columns().Width = 20;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Header(IXLWorksheet ws, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++) ws.Cell(1, i + 1).Value = titles[i];
        ws.Row(1).Style.Font.Bold = true;
        ws.SheetView.FreezeRows(1);
    }

    private static void Write(IXLWorksheet ws, int row, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var cell = ws.Cell(row, i + 1);
            if (values[i] is int n) cell.Value = n;
            else cell.SetValue(values[i]?.ToString() ?? ""); // text as text: no formula or date guessing from user input
        }
    }
}
