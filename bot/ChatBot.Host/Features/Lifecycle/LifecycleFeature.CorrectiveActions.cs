using System.Globalization;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.Lifecycle;

// A gap of a finished assessment becomes a corrective action (origin assessment, reference "<dialogId>:<countermeasureId>",
// so a doubled click finds the same action). Only the handler who assessed may do it; owners come from their department.
public sealed partial class LifecycleFeature
{
    private static readonly TimeSpan DefaultDue = TimeSpan.FromDays(30);

    private async Task<InvokeResponse> CreateActionAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var locale = turn.Locale;
        var ct = turn.CancellationToken;
        var actor = turn.Activity.From?.AadObjectId;
        var id = LifecycleVerbs.DialogId(action.Data);
        var dialog = await dialogs.GetAsync(id, ct);
        var plan = AssessmentPlan.Create(knowledge, dialog?.StepId, dialog?.PatternId);
        if (dialog is null || actor is null || plan is null)
            return AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get("Guide_NotFound", locale), null, locale));
        if (!string.Equals(dialog.OwnerAadObjectId, actor, StringComparison.OrdinalIgnoreCase))
            return AdaptiveCardResponses.Card(ClosedDialogCard.Build(null, LifecycleTexts.Get("Action_NotAllowed", locale), null, locale));
        if (dialog.Learning)
            return AdaptiveCardResponses.Card(await CurrentCardAsync(dialog, actor, LifecycleTexts.Get("Action_Learning", locale), locale, ct));
        if (dialog.Status != AssessmentStatus.Finished)
            return AdaptiveCardResponses.Card(await CurrentCardAsync(dialog, actor, LifecycleTexts.Get("Guide_Stale", locale), locale, ct));

        var org = organization.Current;
        var report = GapReportBuilder.Build(knowledge, plan, dialog.SmallBusiness, await dialogs.GetAnswersAsync(id, ct));
        var countermeasureId = action.Data.OptionalString("countermeasure") ?? "";
        var gap = report.Gaps.FirstOrDefault(g => g.Countermeasure.Id == countermeasureId);
        var department = org.FindPerson(actor)?.DepartmentId;
        var owner = action.Data.OptionalInput(LifecycleVerbs.OwnerPrefix + countermeasureId) ?? actor;
        var dueText = action.Data.OptionalInput(LifecycleVerbs.DuePrefix + countermeasureId);
        var today = JapanTime.Today(time);
        string? problem = gap is null ? "Action_NotAGap"
            : department is null ? "Action_NoDepartment"
            : !Owners(org, actor).Any(o => string.Equals(o.Id, owner, StringComparison.OrdinalIgnoreCase)) ? "Action_BadOwner"
            : !DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) || due < today || due > today.AddYears(1) ? "Action_BadDue"
            : null;
        if (problem is not null)
            return AdaptiveCardResponses.Card(await CurrentCardAsync(dialog, actor, LifecycleTexts.Get(problem, locale), locale, ct));

        var title = $"{LifecycleTexts.Of(plan.Step.Title, locale)}／{LifecycleTexts.Of(plan.Pattern.Title, locale)}: {LifecycleTexts.Of(gap!.Countermeasure.Text, locale)}";
        var (created, isNew) = await correctiveActions.CreateAsync(new NewCorrectiveAction(CorrectiveActionOrigin.Assessment,
            $"{dialog.Id}:{countermeasureId}", title, owner, department!, DateOnly.ParseExact(dueText!, "yyyy-MM-dd", CultureInfo.InvariantCulture)), actor, ct);
        var notice = LifecycleTexts.Format(isNew ? "Action_Created" : "Action_Exists", locale, created.Id);
        return AdaptiveCardResponses.Card(await CurrentCardAsync(dialog, actor, notice, locale, ct));
    }

    /// <summary>Null unless the viewer is the handler who assessed (only they open actions from it).</summary>
    private async Task<GapActions?> GapActionsAsync(AssessmentDialog dialog, string viewer, string? locale, CancellationToken ct)
    {
        if (!string.Equals(dialog.OwnerAadObjectId, viewer, StringComparison.OrdinalIgnoreCase)) return null;
        var org = organization.Current;
        var opened = (await correctiveActionStore.ListByOriginAsync(CorrectiveActionOrigin.Assessment, dialog.Id + ":", ct))
            .ToDictionary(a => a.OriginReference[(dialog.Id.Length + 1)..],
                a => new OpenedAction(a.Id, org.FindPerson(a.OwnerAadObjectId)?.Name ?? a.OwnerAadObjectId, a.DueDate,
                    LifecycleTexts.Get("Status_" + a.Status.ToDb(), locale)));
        return new GapActions(Owners(org, viewer), viewer, JapanTime.Today(time).AddDays(DefaultDue.Days), opened);
    }

    // The handler and the people of their department (handlers and managers) may own an action from their assessment.
    private static IReadOnlyList<(string Id, string Name)> Owners(OrganizationModel org, string handler)
    {
        var self = org.FindPerson(handler);
        var colleagues = self?.DepartmentId is { } department
            ? org.People.Where(p => string.Equals(p.DepartmentId, department, StringComparison.OrdinalIgnoreCase)
                && (p.Has(OrganizationRole.Handler) || p.Has(OrganizationRole.ResponsibleManager)))
            : [];
        return [.. new[] { self }.OfType<Person>().Concat(colleagues).DistinctBy(p => p.AadObjectId.ToLowerInvariant()).Select(p => (p.AadObjectId, p.Name))];
    }
}
