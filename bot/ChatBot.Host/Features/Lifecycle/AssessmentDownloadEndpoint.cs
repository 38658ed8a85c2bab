using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// <c>GET /files/assessments/{id}.xlsx?u=&amp;exp=&amp;sig=</c>: the workbook of a finished assessment, for a link the bot
/// signed for one user. Bad, tampered or expired links, and users who may no longer see it, get a short text and a 4xx.
/// </summary>
public static class AssessmentDownloadEndpoint
{
    public const string Route = "/files/assessments/{id}.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointConventionBuilder MapAssessmentDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, DownloadAsync).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(string id, string? u, string? exp, string? sig, string? lang, HttpContext http,
        DownloadLinkSigner signer, LifecycleDialogStore dialogs, KnowledgeBase knowledge, OrganizationDirectory organization)
    {
        var ct = http.RequestAborted;
        var locale = lang ?? http.Request.Headers.AcceptLanguage.ToString();
        if (id.Length is 0 or > 64) return Problem(StatusCodes.Status400BadRequest, "Download_Invalid", locale);
        switch (await signer.CheckAsync(id, u, exp, sig, ct))
        {
            case DownloadLinkCheck.Invalid: return Problem(StatusCodes.Status403Forbidden, "Download_Invalid", locale);
            case DownloadLinkCheck.Expired: return Problem(StatusCodes.Status410Gone, "Download_Expired", locale);
        }

        var dialog = await dialogs.GetAsync(id, ct);
        var plan = AssessmentPlan.Create(knowledge, dialog?.StepId, dialog?.PatternId);
        if (dialog is not { Status: AssessmentStatus.Finished } || plan is null) return Problem(StatusCodes.Status404NotFound, "Download_NotFound", locale);
        var org = organization.Current;
        // Checked again now: the signer proves who the link was made for, the organization file says whether they still may.
        if (!AssessmentAccess.CanView(org, u, dialog.OwnerAadObjectId)) return Problem(StatusCodes.Status403Forbidden, "Download_Forbidden", locale);

        var report = GapReportBuilder.Build(knowledge, plan, dialog.SmallBusiness, await dialogs.GetAnswersAsync(id, ct));
        var handler = org.FindPerson(dialog.OwnerAadObjectId)?.Name ?? dialog.OwnerAadObjectId;
        var bytes = AssessmentWorkbook.Build(report, dialog, handler, org.Name.For(locale), locale);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(bytes, ContentType, $"assessment-{plan.Step.Id}-{plan.Pattern.Id}-{id[..Math.Min(8, id.Length)]}.xlsx");
    }

    private static IResult Problem(int status, string key, string? locale) =>
        Results.Text(LifecycleTexts.Get(key, locale), "text/plain; charset=utf-8", statusCode: status);
}
