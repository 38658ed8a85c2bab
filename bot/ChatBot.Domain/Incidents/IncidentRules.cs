namespace ChatBot.Domain.Incidents;

/// <summary>The leak-report rules of knowledge/incidents/rules.yaml, validated. Load with <see cref="IncidentRulesLoader"/>.</summary>
public sealed record IncidentRules
{
    /// <summary>Short names (漏えい, 滅失 …) for the card.</summary>
    public required IReadOnlyDictionary<IncidentKind, LocalizedText> KindNames { get; init; }
    /// <summary>What each kind means (scope.terms).</summary>
    public required IReadOnlyDictionary<IncidentKind, LocalizedText> KindTerms { get; init; }
    public required IReadOnlyDictionary<IncidentCause, LocalizedText> CauseNames { get; init; }
    public required IReadOnlySet<IncidentKind> Covers { get; init; }
    public required EncryptionExclusion Exclusion { get; init; }
    /// <summary>Any one of them makes the report mandatory (規則第2条各号).</summary>
    public required IReadOnlyList<IncidentCriterion> MandatoryCriteria { get; init; }
    public required RuleText Otherwise { get; init; }
    public required PreliminaryDeadlineRule Preliminary { get; init; }
    public required FinalDeadlineRule Final { get; init; }
    public required IReadOnlyList<NotALeakRule> NotALeak { get; init; }
    /// <summary>Criterion ids that still make a report due when a not-a-leak rule applies.</summary>
    public required IReadOnlySet<string> NotALeakStillCheck { get; init; }
    public required NotificationRule IndividualNotification { get; init; }
    public required ContractorReleaseRule ContractorRelease { get; init; }
    public required IReadOnlyList<AlsoConsiderRule> AlsoConsider { get; init; }
    public required IncidentMessages Messages { get; init; }
}

/// <summary>A title with its rule reference (e.g. 規則第2条第4号) and explanatory text.</summary>
public sealed record RuleText(LocalizedText Title, LocalizedText Reference, LocalizedText Text);

/// <summary>高度な暗号化 (PPC Q&amp;A 17-14): every <see cref="Required"/> condition, and the means of decryption managed by
/// any one of <see cref="KeyManagementAnyOf"/> (each alternative met when all its conditions are).
/// <see cref="Conditions"/> is every condition in the order of rules.yaml (the form asks them in that order).</summary>
public sealed record EncryptionExclusion(
    string Id, IReadOnlySet<IncidentKind> AppliesTo, IReadOnlyList<EncryptionCondition> Conditions, RuleText Text,
    IReadOnlyList<EncryptionCondition> Required, IReadOnlyList<IReadOnlyList<EncryptionCondition>> KeyManagementAnyOf,
    LocalizedText KeyManagementTitle)
{
    /// <summary>The conditions not met, in rules.yaml's words; the key-management alternatives count as one line
    /// (<see cref="KeyManagementTitle"/>) when none of them is met. Empty = strong encryption.</summary>
    public IReadOnlyList<LocalizedText> Unmet(EncryptionFacts facts)
    {
        var unmet = Required.Where(c => !c.IsMet(facts)).Select(c => c.Text).ToList();
        if (!KeyManagementAnyOf.Any(alternative => alternative.All(c => c.IsMet(facts)))) unmet.Add(KeyManagementTitle);
        return unmet;
    }
}

public sealed record EncryptionCondition(string Id, LocalizedText Text, Func<EncryptionFacts, bool> IsMet);

public sealed record IncidentCriterion(
    string Id, IncidentCondition Condition, IReadOnlySet<IncidentKind>? AppliesTo, int? FinalReportDays, RuleText Text);

public enum NotALeakEffect { NotAnIncident, TreatAsLoss, TreatAsLeak }

public sealed record NotALeakRule(
    string Id,
    Func<IncidentFacts, bool> Condition,
    IReadOnlySet<IncidentKind>? AppliesTo,
    IReadOnlySet<IncidentCause>? AppliesToCauses,
    NotALeakEffect Effect,
    NotALeakEffect? OtherwiseEffect,
    RuleText Text)
{
    public bool AppliesToCase(IncidentKind kind, IncidentCause cause) =>
        (AppliesTo is null || AppliesTo.Contains(kind)) && (AppliesToCauses is null || AppliesToCauses.Contains(cause));
}

public sealed record PreliminaryDeadlineRule(int TargetDaysMin, int TargetDaysMax, bool RollForward, RuleText Text);

public sealed record FinalDeadlineRule(int Days, bool DayOfLearningIsDayOne, IReadOnlySet<ClosedDay> RollForwardOn, RuleText Text);

public sealed record NotificationRule(LocalizedText Timing, LocalizedText MayBeDelayed, RuleText Text);

public sealed record ContractorReleaseRule(int PromptWithinDays, bool ClientLearnsOnNotice, RuleText Text);

public sealed record AlsoConsiderRule(string Id, IReadOnlyList<IncidentCondition> WhenAny, RuleText Text);
