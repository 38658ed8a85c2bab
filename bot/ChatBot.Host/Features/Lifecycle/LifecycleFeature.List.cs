using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Organization;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Lifecycle;

// 評価一覧: a responsible manager sees their own department's handlers; the 個人情報保護管理者 sees everyone.
public sealed partial class LifecycleFeature
{
    private const int ListScan = 500;
    private const int ListRows = 20;

    private async Task ListAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var actor = turn.Activity.From?.AadObjectId;
        var org = organization.Current;
        var rows = await VisibleAssessmentsAsync(org, actor, locale, turn.CancellationToken);
        var reply = rows is null
            ? MessageBuilder.Text(LifecycleTexts.Get("List_NotManager", locale))
            : MessageBuilder.Card(AssessmentListCard.Build(rows, locale)).WithSummary(LifecycleTexts.Get("List_Title", locale));
        await turn.SendAsync(reply.WithLocale(locale).Build());
    }

    /// <summary>Null when the actor may not see the list at all.</summary>
    internal async Task<IReadOnlyList<AssessmentListRow>?> VisibleAssessmentsAsync(OrganizationModel org, string? actor, string? locale, CancellationToken ct)
    {
        if (actor is null || !AssessmentAccess.CanList(org, actor)) return null;

        var rows = new List<AssessmentListRow>();
        var latest = (await dialogs.ListFinishedAsync(ListScan, ct))
            .Where(a => AssessmentAccess.CanView(org, actor, a.Dialog.OwnerAadObjectId))
            .DistinctBy(a => (a.Dialog.OwnerAadObjectId.ToLowerInvariant(), a.Dialog.StepId, a.Dialog.PatternId))
            .Take(ListRows);
        foreach (var assessment in latest)
        {
            var owner = org.FindPerson(assessment.Dialog.OwnerAadObjectId);
            var department = org.FindDepartment(owner?.DepartmentId);
            rows.Add(new AssessmentListRow(owner?.Name ?? assessment.Dialog.OwnerAadObjectId,
                department is null ? "-" : department.Name.For(locale), Describe(assessment.Dialog, locale),
                assessment.Dialog.FinishedAt ?? assessment.Dialog.UpdatedAt, assessment.Counts,
                await links.ForAssessmentAsync(assessment.Dialog.Id, actor, locale, ct)));
        }
        return rows;
    }
}
