using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Privacy;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Organization;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Save, submit, approve, return. Authorization from the actor's AAD id and the organization file; every change is
/// version-checked (a stale card changes nothing) and written with its audit event in one transaction.
/// Corrective actions are created on <b>approval</b>, not on submit: until the manager approves, a returned sheet
/// may still change its NO answers.
/// </summary>
public sealed partial class InspectionWorkflow(
    InspectionStore store,
    OrganizationDirectory organization,
    IAuditTrail audit,
    CorrectiveActionService correctiveActions,
    InspectionNotifier notifier,
    IOptions<InspectionOptions> options,
    TimeProvider time)
{
    /// <summary>Saves the handler's answers as a draft, or submits them for approval.</summary>
    public async Task<InspectionResult> SaveAsync(
        string? actor, string campaignKey, string handler, int seenVersion, IReadOnlyDictionary<string, InspectionItemAnswer> typed,
        bool submit, CancellationToken ct)
    {
        var (campaign, sheet) = await LoadAsync(campaignKey, handler, ct);
        if (campaign is null || sheet is null) return new(InspectionOutcome.NotFound, campaign, sheet);
        if (!InspectionRules.MayAnswer(actor, sheet)) return new(InspectionOutcome.NotAuthorized, campaign, sheet);
        if (seenVersion != sheet.Version) return new(InspectionOutcome.Stale, campaign, sheet);
        if (!sheet.IsEditable) return new(InspectionOutcome.InvalidState, campaign, sheet);

        var now = time.GetUtcNow();
        var answers = campaign.Template.Items.ToDictionary(i => i.Id, i => Clean(typed.GetValueOrDefault(i.Id) ?? sheet.AnswerTo(i.Id)));
        var changed = sheet with { Answers = answers, Version = sheet.Version + 1, UpdatedAt = now };
        if (submit)
        {
            var missing = InspectionRules.MissingForSubmit(campaign.Template, changed);
            if (missing.Count > 0) return new(InspectionOutcome.Incomplete, campaign, sheet, missing);
            changed = changed with { Status = InspectionSheetStatus.Submitted, SubmittedAt = now };
        }

        var action = submit ? "sheet.submitted" : "sheet.saved";
        if (!await CommitAsync(changed, sheet.Version, actor!, action, null,
                new { campaign = campaignKey, version = changed.Version, answers = answers.ToDictionary(a => a.Key, a => new { answer = a.Value.Answer?.ToDb(), remarks = a.Value.Remarks }) }, ct))
            return new(InspectionOutcome.Stale, campaign, await store.GetSheetAsync(campaignKey, handler, ct));

        if (submit) await notifier.SubmittedAsync(campaign, changed, ct);
        return new(submit ? InspectionOutcome.Submitted : InspectionOutcome.Saved, campaign, changed);
    }

    /// <summary>Approves (creating a corrective action per NO answer) or returns with a comment.</summary>
    public async Task<InspectionResult> DecideAsync(
        string? actor, string campaignKey, string handler, int seenVersion, bool approve, string? comment, CancellationToken ct)
    {
        var (campaign, sheet) = await LoadAsync(campaignKey, handler, ct);
        if (campaign is null || sheet is null) return new(InspectionOutcome.NotFound, campaign, sheet);
        if (!InspectionRules.MayDecide(organization.Current, actor, sheet)) return new(InspectionOutcome.NotAuthorized, campaign, sheet);
        if (seenVersion != sheet.Version) return new(InspectionOutcome.Stale, campaign, sheet);
        if (sheet.Status != InspectionSheetStatus.Submitted) return new(InspectionOutcome.InvalidState, campaign, sheet);
        comment = string.IsNullOrWhiteSpace(comment) ? null : Truncate(MyNumberGuard.Mask(comment.Trim()).Text, InspectionRules.MaxCommentLength);
        if (!approve && comment is null) return new(InspectionOutcome.CommentRequired, campaign, sheet);

        var now = time.GetUtcNow();
        var changed = sheet with
        {
            Status = approve ? InspectionSheetStatus.Approved : InspectionSheetStatus.Returned,
            ReturnComment = approve ? null : comment, Version = sheet.Version + 1, DecidedBy = actor, DecidedAt = now, UpdatedAt = now,
        };
        var action = approve ? "sheet.approved" : "sheet.returned";
        if (!await CommitAsync(changed, sheet.Version, actor!, action, comment, new { campaign = campaignKey, version = changed.Version, comment }, ct))
            return new(InspectionOutcome.Stale, campaign, await store.GetSheetAsync(campaignKey, handler, ct));

        if (!approve)
        {
            await notifier.ReturnedAsync(campaign, changed, ct);
            return new(InspectionOutcome.Returned, campaign, changed);
        }

        var ids = await CreateCorrectiveActionsAsync(campaign, changed, actor!, ct);
        await notifier.ApprovedAsync(campaign, changed, ids.Count, ct);
        return new(InspectionOutcome.Approved, campaign, changed, CorrectiveActionIds: ids);
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

    private async Task<(InspectionCampaign?, InspectionSheet?)> LoadAsync(string campaignKey, string handler, CancellationToken ct)
    {
        var campaign = await store.GetCampaignAsync(campaignKey, ct);
        return (campaign, campaign is null ? null : await store.GetSheetAsync(campaignKey, handler, ct));
    }

    private async Task<bool> CommitAsync(InspectionSheet changed, int expected, string actor, string action, string? comment, object details, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await InspectionStore.UpdateSheetAsync(changed, expected, connection, transaction, ct)) return false;
        await InspectionStore.InsertDecisionAsync(new InspectionDecision(changed.CampaignKey, changed.HandlerAadObjectId, action, actor, comment,
            changed.Version, changed.UpdatedAt), connection, transaction, ct);
        await audit.AppendAsync(changed.AuditStream, actor, action, details, connection, transaction, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // Remarks came through the turn pipeline (masked there); mask again because storage must never see a My Number.
    private static InspectionItemAnswer Clean(InspectionItemAnswer answer)
    {
        return answer with { Remarks = Truncate(MyNumberGuard.Mask(answer.Remarks.Trim()).Text, InspectionRules.MaxRemarksLength) };
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
