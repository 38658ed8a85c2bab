using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Files;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// <c>GET /files/assessments/{id}.xlsx?u=&amp;exp=&amp;sig=</c>: the workbook of a finished assessment, for a link the bot
/// signed for one user. Bad, tampered or expired links, and users who may no longer see it, get a short text and a 4xx.
/// </summary>
public static class AssessmentDownloadEndpoint
{
    public const string Route = "/files/assessments/{id}.xlsx";
    public const string Purpose = "assessment-workbook";

    public static IEndpointConventionBuilder MapAssessmentDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, DownloadAsync).ExcludeFromDescription();

    /// <summary>A fresh link to the workbook of <paramref name="dialogId"/> for <paramref name="user"/>.</summary>
    public static Task<SignedLink> ForAssessmentAsync(this SignedLinks links, string dialogId, string user, string? locale, CancellationToken ct) =>
        links.CreateAsync(Purpose, dialogId, $"/files/assessments/{Uri.EscapeDataString(dialogId)}.xlsx", user, locale, ct);

    private static async Task<IResult> DownloadAsync(string id, string? u, string? exp, string? sig, string? lang, HttpContext http,
        SignedLinks links, LifecycleDialogStore dialogs, KnowledgeBase knowledge, OrganizationDirectory organization)
    {
        var ct = http.RequestAborted;
        var locale = FileResponses.Locale(lang);
        if (await FileResponses.RefuseAsync(links, Purpose, id, 64, u, exp, sig,
                () => LifecycleTexts.Get("Download_Invalid", locale), () => LifecycleTexts.Get("Download_Expired", locale), ct) is { } refused)
            return refused;

        var dialog = await dialogs.GetAsync(id, ct);
        var plan = AssessmentPlan.Create(knowledge, dialog?.StepId, dialog?.PatternId);
        // A learning dialog (its owner not in the organization file) is no assessment: there is no workbook of it.
        if (dialog is not { Status: AssessmentStatus.Finished, Learning: false } || plan is null) return Problem(StatusCodes.Status404NotFound, "Download_NotFound", locale);
        var org = organization.Current;
        // Checked again now: the signature proves who the link was made for, the organization file says whether they still may.
        if (!AssessmentAccess.CanView(org, u, dialog.OwnerAadObjectId)) return Problem(StatusCodes.Status403Forbidden, "Download_Forbidden", locale);

        var report = GapReportBuilder.Build(knowledge, plan, dialog.SmallBusiness, await dialogs.GetAnswersAsync(id, ct));
        var handler = org.FindPerson(dialog.OwnerAadObjectId)?.Name ?? dialog.OwnerAadObjectId;
        var bytes = AssessmentWorkbook.Build(report, dialog, handler, org.Name.For(locale), locale);
        return FileResponses.File(http, bytes, FileResponses.XlsxContentType, $"assessment-{plan.Step.Id}-{plan.Pattern.Id}-{id[..Math.Min(8, id.Length)]}.xlsx");
    }

    private static IResult Problem(int status, string key, string locale) => FileResponses.Text(status, LifecycleTexts.Get(key, locale));
}
