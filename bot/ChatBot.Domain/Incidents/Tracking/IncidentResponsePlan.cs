namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>When a response step applies (rules.yaml <c>response_steps[].mandatory_when</c> / <c>suggested_when</c>).</summary>
public enum StepCondition { Always, Reportable, MandatoryReport }

/// <summary>What a step's due date is computed from, if anything.</summary>
public enum StepDeadline { None, Preliminary, Final }

/// <summary>One step of the response (stop the damage, investigate, …, PPC 速報/確報). It is required when
/// <see cref="MandatoryWhen"/> holds (unless <see cref="Optional"/>), and shown as optional when only
/// <see cref="SuggestedWhen"/> does (e.g. notifying individuals: a duty when mandatory, 努力義務 otherwise).</summary>
public sealed record ResponseStepRule(
    string Id, LocalizedText Title, StepCondition MandatoryWhen, bool Optional, LocalizedText? Note, StepDeadline Deadline,
    StepCondition? SuggestedWhen = null);

/// <summary>One of the items the PPC report form asks for (規則第3条第1項各号).</summary>
public sealed record ReportItem(string Id, LocalizedText Title);

/// <summary>The response steps and report items of rules.yaml; load with <see cref="IncidentResponseLoader"/>.</summary>
public sealed record IncidentResponsePlan(IReadOnlyList<ResponseStepRule> Steps, IReadOnlyList<ReportItem> ReportItems)
{
    /// <summary>The steps that apply to a classification (required or suggested), in the file's order.</summary>
    public IReadOnlyList<ResponseStepRule> StepsFor(IncidentClassification classification) =>
        Steps.Where(s => Holds(s.MandatoryWhen, classification) || s.SuggestedWhen is { } w && Holds(w, classification)).ToList();

    /// <summary>Whether the step must be done under the classification (not merely suggested or optional).</summary>
    public static bool IsRequired(ResponseStepRule step, IncidentClassification classification) =>
        !step.Optional && Holds(step.MandatoryWhen, classification);

    private static bool Holds(StepCondition condition, IncidentClassification classification) => condition switch
    {
        StepCondition.MandatoryReport => classification.Outcome == IncidentOutcome.MandatoryReport,
        StepCondition.Reportable => classification.IsReportable,
        _ => true,
    };

    /// <summary>The due date of a step under a classification (速報: end of the target window; 確報: the computed due date).</summary>
    public static DateOnly? DueDate(ResponseStepRule step, IncidentClassification classification) => step.Deadline switch
    {
        StepDeadline.Preliminary => classification.PreliminaryReport?.To,
        StepDeadline.Final => classification.FinalReportDue,
        _ => null,
    };
}
