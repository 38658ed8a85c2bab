using System.Text.Json.Nodes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Inspections;

/// <summary>Gathers a campaign's progress (sheets, NO items, corrective actions) for the summary card and the export.</summary>
public sealed class InspectionSummaries(
    InspectionStore store, CorrectiveActionStore actions, OrganizationDirectory organization, SignedLinks links, TimeProvider time)
{
    /// <param name="viewer">Who the card is for: the export link is signed for them alone.</param>
    public async Task<InspectionProgress> ProgressAsync(InspectionCampaign campaign, string viewer, string? locale, CancellationToken ct)
    {
        var org = organization.Current;
        var sheets = await store.ListSheetsAsync(campaign.Key, ct);
        var departments = InspectionProgress.ByDepartment(campaign.Template, sheets,
            id => org.FindDepartment(id)?.Name.For(locale) ?? id ?? "-");
        var noItems = campaign.Template.Items
            .Select(i => ($"{i.No}. {i.Text.For(locale)}", sheets.Count(s => s.AnswerTo(i.Id).Answer == Domain.Inspections.InspectionAnswer.No)))
            .Where(n => n.Item2 > 0).ToList();
        var (open, overdue) = InspectionProgress.Actions(await ActionsAsync(campaign.Key, ct), JapanTime.Today(time));
        var export = await links.ForInspectionExportAsync(campaign.Key, viewer, locale, ct);
        return new InspectionProgress(campaign.Key, departments, noItems, open, overdue, export.Url);
    }

    public async Task<JsonObject> BuildCardAsync(InspectionCampaign campaign, string viewer, string? locale, CancellationToken ct) =>
        InspectionSummaryCard.Build(await ProgressAsync(campaign, viewer, locale, ct), locale);

    public Task<IReadOnlyList<CorrectiveAction>> ActionsAsync(string campaignKey, CancellationToken ct) =>
        actions.ListByOriginAsync(CorrectiveActionOrigin.Inspection, campaignKey + ":", ct);
}
