using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;

namespace ChatBot.Host.Features.Lifecycle;

// The card that shows a dialog as it stands.
public sealed partial class LifecycleFeature
{
    private async Task<JsonObject> CurrentCardAsync(AssessmentDialog dialog, string viewer, string? notice, string? locale, CancellationToken ct) =>
        WithLearningNotice(await CardOfAsync(dialog, viewer, notice, locale, ct), dialog, locale);

    private async Task<JsonObject> CardOfAsync(AssessmentDialog dialog, string viewer, string? notice, string? locale, CancellationToken ct)
    {
        var step = dialog.StepId is null ? null : knowledge.FindStep(dialog.StepId);
        var plan = AssessmentPlan.Create(knowledge, dialog.StepId, dialog.PatternId);
        switch (dialog.Status)
        {
            case AssessmentStatus.Cancelled:
                return ClosedDialogCard.Build(dialog, LifecycleTexts.Get("Guide_Cancelled", locale), notice, locale);
            case AssessmentStatus.Finished when plan is not null:
                var report = GapReportBuilder.Build(knowledge, plan, dialog.SmallBusiness, await dialogs.GetAnswersAsync(dialog.Id, ct));
                // A learning dialog is no assessment: no workbook to download, no corrective actions from its gaps.
                if (dialog.Learning) return GapReportCard.Build(dialog, report, null, null, notice, locale);
                return GapReportCard.Build(dialog, report, await links.ForAssessmentAsync(dialog.Id, viewer, locale, ct),
                    await GapActionsAsync(dialog, viewer, locale, ct), notice, locale);
            case AssessmentStatus.Answering when plan is not null:
                return ProcessStepCard.Build(dialog, plan, knowledge, await dialogs.GetAnswersAsync(dialog.Id, ct), notice, locale);
            case AssessmentStatus.ChoosingPattern or AssessmentStatus.Answering when step is not null:
                return PatternPickerCard.Build(dialog, step, notice, locale);
            case AssessmentStatus.ChoosingStep or AssessmentStatus.ChoosingPattern or AssessmentStatus.Answering:
                return StepPickerCard.Build(dialog, knowledge.Lifecycle, notice, locale);
            default:
                // Finished against a pattern the knowledge base no longer has: nothing to report on.
                return ClosedDialogCard.Build(dialog, LifecycleTexts.Get("Guide_NotFound", locale), notice, locale);
        }
    }
}
