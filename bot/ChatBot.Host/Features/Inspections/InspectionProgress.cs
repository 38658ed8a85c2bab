using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;

namespace ChatBot.Host.Features.Inspections;

/// <summary>One department's row of the summary.</summary>
public sealed record DepartmentProgress(string DepartmentName, int Sheets, int Submitted, int Approved, int Returned, int NoAnswers);

/// <summary>What the 個人情報保護管理者's summary card shows for a campaign.</summary>
public sealed record InspectionProgress(
    string CampaignKey,
    IReadOnlyList<DepartmentProgress> Departments,
    IReadOnlyList<(string Item, int Count)> NoItems,
    int OpenActions,
    int OverdueActions,
    string? ExportUrl)
{
    public static IReadOnlyList<DepartmentProgress> ByDepartment(
        InspectionTemplate template, IEnumerable<InspectionSheet> sheets, Func<string?, string> departmentName) =>
        sheets.GroupBy(s => s.DepartmentId ?? "")
            .Select(g => new DepartmentProgress(departmentName(g.Key.Length == 0 ? null : g.Key), g.Count(),
                g.Count(s => s.Status is InspectionSheetStatus.Submitted or InspectionSheetStatus.Approved),
                g.Count(s => s.Status == InspectionSheetStatus.Approved),
                g.Count(s => s.Status == InspectionSheetStatus.Returned),
                g.Sum(s => s.NoItemIds(template).Count())))
            .OrderBy(d => d.DepartmentName, StringComparer.Ordinal)
            .ToList();

    public static (int Open, int Overdue) Actions(IEnumerable<CorrectiveAction> actions, DateOnly today)
    {
        var list = actions.ToList();
        return (list.Count(a => !a.IsClosed), list.Count(a => a.IsOverdue(today)));
    }
}
