using ChatBot.Domain.Inspections;
using ChatBot.Host.Organization;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Builds the view of a sheet for one viewer: their role decided server-side from the organization file, the
/// handler's name, and the Teams <c>29:</c> ids (from stored conversation references) for the per-user refresh.
/// </summary>
public sealed class InspectionViews(OrganizationDirectory organization, ConversationReferenceStore references)
{
    public InspectionViewer ViewerOf(string? viewerAad, InspectionSheet sheet) =>
        InspectionRules.MayAnswer(viewerAad, sheet) ? InspectionViewer.Handler
        : InspectionRules.MayDecide(organization.Current, viewerAad, sheet) ? InspectionViewer.Reviewer
        : InspectionViewer.Observer;

    public async Task<InspectionSheetView> ForAsync(
        InspectionCampaign campaign, InspectionSheet sheet, string? viewerAad, string? locale, CancellationToken ct,
        IReadOnlyList<string>? notices = null, IReadOnlyDictionary<string, InspectionItemAnswer>? typed = null, string? typedComment = null)
    {
        var org = organization.Current;
        var ids = new List<string>();
        foreach (var aad in new[] { sheet.HandlerAadObjectId }.Concat(InspectionRules.Reviewers(org, sheet.HandlerAadObjectId).Select(p => p.AadObjectId)))
            if (await references.FindPersonalByAadObjectIdAsync(aad, ct) is { } reference) ids.Add(reference.UserId);
        var name = org.FindPerson(sheet.HandlerAadObjectId)?.Name ?? sheet.HandlerAadObjectId;
        return new InspectionSheetView(campaign, sheet, name, ViewerOf(viewerAad, sheet), ids, locale, notices, typed, typedComment);
    }
}
