namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>When a response step applies (rules.yaml <c>response_steps[].mandatory_when</c>).</summary>
public enum StepCondition { Always, Reportable, MandatoryReport }

/// <summary>What a step's due date is computed from, if anything.</summary>
public enum StepDeadline { None, Preliminary, Final }

/// <summary>One step of the response (stop the damage, investigate, …, PPC 速報/確報).</summary>
public sealed record ResponseStepRule(string Id, LocalizedText Title, StepCondition MandatoryWhen, bool Optional, LocalizedText? Note, StepDeadline Deadline);

/// <summary>One of the items the PPC report form asks for (規則第3条第1項各号).</summary>
public sealed record ReportItem(string Id, LocalizedText Title);

/// <summary>The response steps and report items of rules.yaml; load with <see cref="IncidentResponseLoader"/>.</summary>
public sealed record IncidentResponsePlan(IReadOnlyList<ResponseStepRule> Steps, IReadOnlyList<ReportItem> ReportItems)
{
    /// <summary>The steps that apply to a classification, in the file's order.</summary>
    public IReadOnlyList<ResponseStepRule> StepsFor(IncidentClassification classification) =>
        Steps.Where(s => s.MandatoryWhen switch
        {
            StepCondition.MandatoryReport => classification.Outcome == IncidentOutcome.MandatoryReport,
            StepCondition.Reportable => classification.IsReportable,
            _ => true,
        }).ToList();

    /// <summary>The due date of a step under a classification (速報: end of the target window; 確報: the computed due date).</summary>
    public static DateOnly? DueDate(ResponseStepRule step, IncidentClassification classification) => step.Deadline switch
    {
        StepDeadline.Preliminary => classification.PreliminaryReport?.To,
        StepDeadline.Final => classification.FinalReportDue,
        _ => null,
    };
}
