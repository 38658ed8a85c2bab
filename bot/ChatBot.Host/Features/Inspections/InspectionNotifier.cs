using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Organization;
using ChatBot.Host.Proactive;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// The proactive messages of the workflow, all through the outbox with dedupe keys that name the sheet version,
/// so a retried step never sends twice: the submitted sheet to its reviewers, a returned sheet back to the handler,
/// the approval to the handler.
/// </summary>
public sealed class InspectionNotifier(
    ProactiveMessenger messenger, InspectionViews views, OrganizationDirectory organization)
{
    public async Task SubmittedAsync(InspectionCampaign campaign, InspectionSheet sheet, CancellationToken ct)
    {
        foreach (var reviewer in InspectionRules.Reviewers(organization.Current, sheet.HandlerAadObjectId))
            await SendCardAsync(campaign, sheet, reviewer.AadObjectId, $"{Prefix(sheet)}:review:v{sheet.Version}:{reviewer.AadObjectId}", ct);
    }

    public Task ReturnedAsync(InspectionCampaign campaign, InspectionSheet sheet, CancellationToken ct) =>
        SendCardAsync(campaign, sheet, sheet.HandlerAadObjectId, $"{Prefix(sheet)}:returned:v{sheet.Version}", ct);

    public async Task ApprovedAsync(InspectionCampaign campaign, InspectionSheet sheet, int correctiveActions, CancellationToken ct)
    {
        var handler = await messenger.RecipientAsync(sheet.HandlerAadObjectId, ct);
        var text = InspectionsTexts.Format("Notify_Approved", handler.Locale, campaign.Key, correctiveActions);
        await messenger.SendAsync(handler, MessageBuilder.Text(text).WithLocale(handler.Locale).Build(), $"{Prefix(sheet)}:approved", null, ct);
    }

    /// <summary>A reminder: the handler's own sheet, or the sheet waiting for a reviewer's decision.</summary>
    public Task RemindAsync(InspectionCampaign campaign, InspectionSheet sheet, string recipient, int round, CancellationToken ct) =>
        SendCardAsync(campaign, sheet, recipient, $"{Prefix(sheet)}:remind:{round}:{recipient}", ct, reminder: true);

    private async Task SendCardAsync(InspectionCampaign campaign, InspectionSheet sheet, string recipient, string dedupeKey, CancellationToken ct, bool reminder = false)
    {
        var to = await messenger.RecipientAsync(recipient, ct);
        var locale = to.Locale;
        // A reviewer the organization file no longer lists gets nothing rather than someone else's answers.
        if (await views.ForAsync(campaign, sheet, recipient, locale, ct) is not { } view) return;
        var summaryKey = reminder ? "Notify_Reminder" : view.Viewer == InspectionViewer.Reviewer ? "Notify_Submitted" : "Notify_Returned";
        var summary = InspectionsTexts.Format(summaryKey, locale, campaign.Key, view.HandlerName);
        var card = InspectionSheetCard.Build(view with { Notices = [summary] });
        await messenger.SendAsync(to, MessageBuilder.Card(card).WithLocale(locale).WithSummary(summary).Build(), dedupeKey, null, ct);
    }

    private static string Prefix(InspectionSheet sheet) => InspectionNames.CardDedupeKey(sheet.CampaignKey, sheet.HandlerAadObjectId);
}
