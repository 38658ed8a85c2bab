using ChatBot.Domain.Changes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;
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
    /// <summary>Saves the handler's answers as a draft, or submits them for approval.</summary>
    public async Task<InspectionResult> SaveAsync(
        string? actor, string campaignKey, string handler, int seenVersion, IReadOnlyDictionary<string, InspectionItemAnswer> typed,
        bool submit, CancellationToken ct)
    {
        var command = new SaveInspectionSheet(typed, submit);
        var change = await runner.RunAsync(store, new ChangeCommand<InspectionState, SheetChange>(InspectionStore.SheetId(campaignKey, handler), actor ?? "",
            seenVersion, state => InspectionRules.MayAnswer(actor, state.Sheet),
            (state, now) => Recorded(InspectionTransitions.Save(state.Sheet, state.Campaign.Template, command, now), actor!, null)), ct);

        if (change.Succeeded && submit) await notifier.SubmittedAsync(change.State!.Campaign, change.State.Sheet, ct);
        // What the card names as missing: the same merge the refused submit checked.
        var missing = change.Reason == InspectionTransitions.Incomplete && change.State is { } current
            ? InspectionRules.MissingForSubmit(current.Campaign.Template, InspectionTransitions.Answered(current.Sheet, current.Campaign.Template, typed, time.GetUtcNow()))
            : null;
        return new InspectionResult(change, missing);
    }

    /// <summary>Approves (creating a corrective action per NO answer) or returns with a comment.</summary>
    public async Task<InspectionResult> DecideAsync(
        string? actor, string campaignKey, string handler, int seenVersion, bool approve, string? comment, CancellationToken ct)
    {
        var command = new DecideInspectionSheet(approve, InspectionTransitions.CleanComment(comment));
        var change = await runner.RunAsync(store, new ChangeCommand<InspectionState, SheetChange>(InspectionStore.SheetId(campaignKey, handler), actor ?? "",
            seenVersion, state => InspectionRules.MayDecide(organization.Current, actor, state.Sheet),
            (state, now) => Recorded(InspectionTransitions.Decide(state.Sheet, command, actor!, now), actor!, command.Comment)), ct);
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

    // The decided sheet with its row in the decision history, named by its audit action.
    private static Decision<SheetChange> Recorded(Decision<InspectionSheet> decision, string actor, string? comment)
    {
        if (!decision.Accepted) return Decision.Reject<SheetChange>(decision.Reason!);
        var sheet = decision.Change!;
        var action = decision.Events[0].Action;
        return new Decision<SheetChange>(new SheetChange(sheet, new InspectionDecision(sheet.CampaignKey, sheet.HandlerAadObjectId, action, actor, comment,
            sheet.Version, sheet.UpdatedAt)), decision.Events, null);
    }
}
