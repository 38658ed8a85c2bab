using ChatBot.Domain.Changes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Privacy;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Organization;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Save, submit, approve, return. Authorization from the actor's AAD id and the organization file; every change runs
/// through <see cref="ChangeRunner"/>: version-checked (a stale card changes nothing) and written with its decision row
/// and audit event in one transaction.
/// Corrective actions are created on <b>approval</b>, not on submit: until the manager approves, a returned sheet
/// may still change its NO answers.
/// </summary>
public sealed partial class InspectionWorkflow(
    InspectionStore store,
    ChangeRunner runner,
    OrganizationDirectory organization,
    IAuditTrail audit,
    CorrectiveActionService correctiveActions,
    InspectionNotifier notifier,
    IOptions<InspectionOptions> options,
    TimeProvider time)
{
    // Refusals after the version check; each reason is also the text key of its notice.
    internal const string InvalidState = "Notice_InvalidState", Incomplete = "Notice_Incomplete", CommentRequired = "Notice_CommentRequired";

    /// <summary>Saves the handler's answers as a draft, or submits them for approval.</summary>
    public async Task<InspectionResult> SaveAsync(
        string? actor, string campaignKey, string handler, int seenVersion, IReadOnlyDictionary<string, InspectionItemAnswer> typed,
        bool submit, CancellationToken ct)
    {
        IReadOnlyList<string>? missing = null;
        var change = await runner.RunAsync(store, new ChangeCommand<InspectionState, SheetChange>(InspectionStore.SheetId(campaignKey, handler), actor ?? "",
            seenVersion, state => InspectionRules.MayAnswer(actor, state.Sheet), (state, now) =>
            {
                var (campaign, sheet) = state;
                if (!sheet.IsEditable) return Decision.Reject<SheetChange>(InvalidState);
                var answers = campaign.Template.Items.ToDictionary(i => i.Id, i => Clean(typed.GetValueOrDefault(i.Id) ?? sheet.AnswerTo(i.Id)));
                var changed = sheet with { Answers = answers, Version = sheet.Version + 1, UpdatedAt = now };
                if (submit)
                {
                    missing = InspectionRules.MissingForSubmit(campaign.Template, changed);
                    if (missing.Count > 0) return Decision.Reject<SheetChange>(Incomplete);
                    changed = changed with { Status = InspectionSheetStatus.Submitted, SubmittedAt = now };
                }

                var action = submit ? "sheet.submitted" : "sheet.saved";
                return Decision.Accept(Recorded(changed, actor!, action, null), action,
                    new { campaign = campaignKey, version = changed.Version, answers = answers.ToDictionary(a => a.Key, a => new { answer = a.Value.Answer?.ToDb(), remarks = a.Value.Remarks }) });
            }), ct);

        if (change.Succeeded && submit) await notifier.SubmittedAsync(change.State!.Campaign, change.State.Sheet, ct);
        return new InspectionResult(change, change.Reason == Incomplete ? missing : null);
    }

    /// <summary>Approves (creating a corrective action per NO answer) or returns with a comment.</summary>
    public async Task<InspectionResult> DecideAsync(
        string? actor, string campaignKey, string handler, int seenVersion, bool approve, string? comment, CancellationToken ct)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : Truncate(MyNumberGuard.Mask(comment.Trim()).Text, InspectionRules.MaxCommentLength);
        var change = await runner.RunAsync(store, new ChangeCommand<InspectionState, SheetChange>(InspectionStore.SheetId(campaignKey, handler), actor ?? "",
            seenVersion, state => InspectionRules.MayDecide(organization.Current, actor, state.Sheet), (state, now) =>
            {
                var sheet = state.Sheet;
                if (sheet.Status != InspectionSheetStatus.Submitted) return Decision.Reject<SheetChange>(InvalidState);
                if (!approve && comment is null) return Decision.Reject<SheetChange>(CommentRequired);
                var changed = sheet with
                {
                    Status = approve ? InspectionSheetStatus.Approved : InspectionSheetStatus.Returned,
                    ReturnComment = approve ? null : comment, Version = sheet.Version + 1, DecidedBy = actor, DecidedAt = now, UpdatedAt = now,
                };
                var action = approve ? "sheet.approved" : "sheet.returned";
                return Decision.Accept(Recorded(changed, actor!, action, comment), action, new { campaign = campaignKey, version = changed.Version, comment });
            }), ct);
        if (!change.Succeeded) return new InspectionResult(change);

        var (campaign, decided) = change.State!;
        if (!approve)
        {
            await notifier.ReturnedAsync(campaign, decided, ct);
            return new InspectionResult(change);
        }

        var ids = await CreateCorrectiveActionsAsync(campaign, decided, actor!, ct);
        await notifier.ApprovedAsync(campaign, decided, ids.Count, ct);
        return new InspectionResult(change, CorrectiveActionIds: ids);
    }

    /// <summary>
    /// One corrective action per NO answer, idempotent by origin reference, so running it again (a crash between the
    /// approval and this step; the reminder timer re-checks approved sheets) creates nothing twice.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateCorrectiveActionsAsync(InspectionCampaign campaign, InspectionSheet sheet, string actor, CancellationToken ct)
    {
        var ids = new List<string>();
        var due = JapanTime.DateOf(sheet.DecidedAt ?? time.GetUtcNow()).AddDays(options.Value.CorrectiveActionDueDays);
        foreach (var itemId in sheet.NoItemIds(campaign.Template))
        {
            var item = campaign.Template.Find(itemId)!;
            var remarks = sheet.AnswerTo(itemId).Remarks;
            var title = $"[{campaign.Key} No.{item.No}] {item.Text.Ja}" + (remarks.Length > 0 ? $" — {remarks}" : "");
            var (created, isNew) = await correctiveActions.CreateAsync(new NewCorrectiveAction(CorrectiveActionOrigin.Inspection,
                InspectionNames.CorrectiveActionReference(campaign.Key, sheet.HandlerAadObjectId, itemId), title,
                sheet.HandlerAadObjectId, sheet.DepartmentId ?? "none", due), actor, ct);
            if (isNew)
                await audit.AppendAsync(sheet.AuditStream, actor, "corrective_action.created", new { campaign = campaign.Key, item = itemId, action = created.Id, due = created.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, ct);
            ids.Add(created.Id);
        }
        return ids;
    }

    private static SheetChange Recorded(InspectionSheet changed, string actor, string action, string? comment) =>
        new(changed, new InspectionDecision(changed.CampaignKey, changed.HandlerAadObjectId, action, actor, comment, changed.Version, changed.UpdatedAt));

    // Remarks came through the turn pipeline (masked there); mask again because storage must never see a My Number.
    private static InspectionItemAnswer Clean(InspectionItemAnswer answer)
    {
        return answer with { Remarks = Truncate(MyNumberGuard.Mask(answer.Remarks.Trim()).Text, InspectionRules.MaxRemarksLength) };
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
