using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Incidents.PpcDraft;

/// <summary>
/// <c>GET /files/incidents/{reference}/ppc-draft.docx?u=&amp;exp=&amp;sig=&amp;lang=</c>: the PPC report draft as a Word
/// document, for a link the bot signed for one user. Bad, tampered or expired links, and users who may no longer
/// manage the incident, get a short text and a 4xx. Every download is recorded in the incident's audit trail.
/// </summary>
public static class PpcDraftDownloadEndpoint
{
    public const string Route = "/files/incidents/{reference}/ppc-draft.docx";
    public const string Purpose = "incident-ppc-draft";
    public const string DownloadedAction = "incident.draft-downloaded";

    public static IEndpointConventionBuilder MapPpcDraftDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, DownloadAsync).ExcludeFromDescription();

    /// <summary>A fresh link to the draft of <paramref name="reference"/> for <paramref name="user"/>.</summary>
    public static Task<SignedLink> ForPpcDraftAsync(this SignedLinks links, string reference, string user, string? locale, CancellationToken ct) =>
        links.CreateAsync(Purpose, reference, $"/files/incidents/{Uri.EscapeDataString(reference)}/ppc-draft.docx", user, locale, ct);

    private static async Task<IResult> DownloadAsync(string reference, string? u, string? exp, string? sig, string? lang, HttpContext http,
        SignedLinks links, IncidentStore store, IncidentKnowledge knowledge, OrganizationDirectory organization, IAuditTrail audit, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var locale = FileResponses.Locale(lang);
        if (await FileResponses.RefuseAsync(links, Purpose, reference, 32, u, exp, sig,
                () => IncidentTexts.Get("Download_Invalid", locale), () => IncidentTexts.Get("Download_Expired", locale), ct) is { } refused)
            return refused;

        if (await store.GetAsync(reference, ct) is not { } incident) return Problem(StatusCodes.Status404NotFound, "Download_NotFound", locale);
        // Checked again now: the signature proves who the link was made for, the organization file says whether they still may.
        if (u is null || !IncidentAccess.CanManage(organization.Current, u, incident)) return Problem(StatusCodes.Status403Forbidden, "Download_Forbidden", locale);

        var draft = PpcReportDraft.Build(incident, knowledge.Classify(incident.Report), knowledge, locale);
        var bytes = PpcDraftDocument.Build(draft, time.GetUtcNow(), locale);
        // Recorded before the file leaves: a download the trail cannot show does not happen.
        await audit.AppendAsync(IncidentTimers.Stream(incident.Reference), u, DownloadedAction, new { file = "ppc-draft.docx", language = locale }, ct);
        return FileResponses.File(http, bytes, PpcDraftDocument.ContentType, $"ppc-draft-{incident.Reference}.docx");
    }

    private static IResult Problem(int status, string key, string locale) => FileResponses.Text(status, IncidentTexts.Get(key, locale));
}
