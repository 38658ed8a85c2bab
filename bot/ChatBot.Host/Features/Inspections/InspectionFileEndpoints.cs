using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// <c>GET /files/inspections/{campaign}.xlsx?u=&amp;exp=&amp;sig=</c>: a campaign's workbook for auditors, for a link the
/// bot signed for one user. Bad, tampered or expired links, and users who may no longer see the summary, get a short
/// text and a 4xx.
/// </summary>
public static class InspectionFileEndpoints
{
    public const string Route = "/files/inspections/{campaign}.xlsx";
    public const string Purpose = "inspection-workbook";

    public static IEndpointRouteBuilder MapInspectionFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>A fresh link to the workbook of <paramref name="campaignKey"/> for <paramref name="user"/>.</summary>
    public static Task<SignedLink> ForInspectionExportAsync(this SignedLinks links, string campaignKey, string user, string? locale, CancellationToken ct) =>
        links.CreateAsync(Purpose, campaignKey, $"/files/inspections/{Uri.EscapeDataString(campaignKey)}.xlsx", user, locale, ct);

    private static async Task<IResult> DownloadAsync(string campaign, string? u, string? exp, string? sig, string? lang, HttpContext http,
        SignedLinks links, InspectionStore store, InspectionSummaries summaries, OrganizationDirectory organization)
    {
        var ct = http.RequestAborted;
        var locale = FileResponses.Locale(lang);
        if (await FileResponses.RefuseAsync(links, Purpose, campaign, 64, u, exp, sig,
                () => InspectionsTexts.Get("Export_Invalid", locale), () => InspectionsTexts.Get("Export_Expired", locale), ct) is { } refused)
            return refused;

        var org = organization.Current;
        // Checked again now: the signature proves who the link was made for, the organization file says whether they still may.
        if (!InspectionRules.MaySeeSummary(org, u)) return Problem(StatusCodes.Status403Forbidden, "Export_Forbidden", locale);
        if (await store.GetCampaignAsync(campaign, ct) is not { } found) return Problem(StatusCodes.Status404NotFound, "Export_NotFound", locale);
        var bytes = InspectionWorkbook.Build(found, await store.ListSheetsAsync(campaign, ct), await store.ListDecisionsAsync(campaign, ct),
            await summaries.ActionsAsync(campaign, ct), org);
        return FileResponses.File(http, bytes, FileResponses.XlsxContentType, $"inspection-{campaign}.xlsx");
    }

    private static IResult Problem(int status, string key, string locale) => FileResponses.Text(status, InspectionsTexts.Get(key, locale));
}
