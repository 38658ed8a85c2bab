using ChatBot.Domain.Inspections;
using ChatBot.Host.Organization;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Builds the view of a sheet for one viewer: their role decided server-side from the organization file, the
/// handler's name, and the Teams <c>29:</c> ids (from stored conversation references) for the per-user refresh.
/// Every sheet card is built here, so this is where a viewer who may not see the sheet
/// (<see cref="InspectionRules.MayView"/>) gets no view at all — whichever verb or message asked for it.
/// </summary>
public sealed class InspectionViews(OrganizationDirectory organization, ConversationReferenceStore references)
{
    /// <summary>Null when the viewer may not see the sheet.</summary>
    public InspectionViewer? ViewerOf(string? viewerAad, InspectionSheet sheet) =>
        InspectionRules.MayAnswer(viewerAad, sheet) ? InspectionViewer.Handler
        : InspectionRules.MayDecide(organization.Current, viewerAad, sheet) ? InspectionViewer.Reviewer
        : null;

    /// <returns>Null when the viewer may not see the sheet: send a refusal instead.</returns>
    public async Task<InspectionSheetView?> ForAsync(
        InspectionCampaign campaign, InspectionSheet sheet, string? viewerAad, string? locale, CancellationToken ct,
        IReadOnlyList<string>? notices = null, IReadOnlyDictionary<string, InspectionItemAnswer>? typed = null)
    {
        if (ViewerOf(viewerAad, sheet) is null) return null;
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var aad in Participants(sheet))
            if (await references.FindPersonalByAadObjectIdAsync(aad, ct) is { } reference) known[aad] = reference.UserId;
        return For(campaign, sheet, viewerAad, locale, known, notices, typed);
    }

    /// <summary>Without I/O, from Teams user ids already looked up (the campaign fan-out loads them all at once).</summary>
    /// <returns>Null when the viewer may not see the sheet.</returns>
    public InspectionSheetView? For(
        InspectionCampaign campaign, InspectionSheet sheet, string? viewerAad, string? locale, IReadOnlyDictionary<string, string> teamsUserIds,
        IReadOnlyList<string>? notices = null, IReadOnlyDictionary<string, InspectionItemAnswer>? typed = null)
    {
        if (ViewerOf(viewerAad, sheet) is not { } viewer) return null;
        var ids = Participants(sheet).Select(aad => teamsUserIds.GetValueOrDefault(aad)).OfType<string>().ToList();
        var name = organization.Current.FindPerson(sheet.HandlerAadObjectId)?.Name ?? sheet.HandlerAadObjectId;
        return new InspectionSheetView(campaign, sheet, name, viewer, ids, locale, notices, typed);
    }

    private IEnumerable<string> Participants(InspectionSheet sheet) =>
        new[] { sheet.HandlerAadObjectId }.Concat(InspectionRules.Reviewers(organization.Current, sheet.HandlerAadObjectId).Select(p => p.AadObjectId));
}
