namespace ChatBot.Domain.Incidents;

/// <summary>The result of <see cref="IncidentClassifier.Classify"/>; everything a card or a reminder needs.</summary>
public sealed record IncidentClassification
{
    public required IncidentOutcome Outcome { get; init; }

    /// <summary>The kind after the not-a-leak rules: an item lost inside is 滅失, outside a (suspected) 漏えい.</summary>
    public required IncidentKind EffectiveKind { get; init; }

    /// <summary>Ids of the mandatory criteria that apply (from rules.yaml), in the file's order.</summary>
    public required IReadOnlyList<string> MatchedCriteria { get; init; }

    /// <summary>The Japan date of learning, counted as day 1.</summary>
    public required DateOnly DayOne { get; init; }

    /// <summary>速報 target window (set for a mandatory report).</summary>
    public ReportWindow? PreliminaryReport { get; init; }

    /// <summary>確報 deadline after rolling forward (set for a mandatory report).</summary>
    public DateOnly? FinalReportDue { get; init; }

    /// <summary>The period used for <see cref="FinalReportDue"/> (30, or 60 with wrongful purpose).</summary>
    public int? FinalReportDays { get; init; }

    public bool IndividualNotificationRequired { get; init; }

    /// <summary>Notification may wait while it would widen the harm (別添2 4B).</summary>
    public bool IndividualNotificationMayBeDelayed { get; init; }

    /// <summary>The steps of the decision in order, with rule references, in both languages.</summary>
    public required IReadOnlyList<LocalizedText> Reasoning { get; init; }

    public required IReadOnlyList<LocalizedText> Warnings { get; init; }

    public bool IsReportable => Outcome is IncidentOutcome.MandatoryReport or IncidentOutcome.BestEffortReport;
}

/// <summary>A date range, both ends included.</summary>
public sealed record ReportWindow(DateOnly From, DateOnly To);
