namespace ChatBot.Domain.Incidents;

public enum IncidentConditionKind { NetworkSystem, WrongfulPurpose, UnspecifiedMany, OverPersons, SensitiveInformation }

public enum PersonsComparison { GreaterThan, AtLeast }

/// <summary>One condition from rules.yaml, evaluated against the facts. The parameters come from the data.</summary>
public sealed record IncidentCondition(
    IncidentConditionKind Kind,
    IReadOnlySet<IncidentSystemType> SystemTypes,
    IReadOnlySet<IncidentCause> ImpliedByCauses,
    int? Threshold,
    PersonsComparison Comparison)
{
    /// <summary>The count the rule uses: the larger of the estimate and the upper bound (「起こり得る最大数」).</summary>
    public static int? CountedPersons(IncidentFacts facts) =>
        (facts.EstimatedPersons, facts.MaxPersons) switch
        {
            (null, null) => null,
            (var e, var m) => Math.Max(e ?? 0, m ?? 0),
        };

    /// <summary>True or false; null when it cannot be decided (the number of persons is missing).</summary>
    public bool? IsMetBy(IncidentFacts facts) => Kind switch
    {
        IncidentConditionKind.NetworkSystem => SystemTypes.Contains(facts.SystemType),
        IncidentConditionKind.WrongfulPurpose => facts.WrongfulPurpose || ImpliedByCauses.Contains(facts.Cause),
        IncidentConditionKind.UnspecifiedMany => facts.ViewableByOutsidersElectronically,
        IncidentConditionKind.SensitiveInformation => facts.SensitivePersonalInformation,
        IncidentConditionKind.OverPersons => CountedPersons(facts) is not { } n ? null
            : Comparison == PersonsComparison.GreaterThan ? n > Threshold : n >= Threshold,
        _ => false,
    };

    /// <summary>Wrongful purpose that follows from the cause only, not from the reporter's statement.</summary>
    public bool IsImpliedByCauseOnly(IncidentFacts facts) =>
        Kind == IncidentConditionKind.WrongfulPurpose && !facts.WrongfulPurpose && ImpliedByCauses.Contains(facts.Cause);
}
