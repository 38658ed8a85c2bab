namespace ChatBot.Domain.Incidents;

/// <summary>The names the YAML files use for the enums the code evaluates.</summary>
internal static class IncidentNames
{
    public static readonly IReadOnlyDictionary<string, IncidentKind> Kinds = new Dictionary<string, IncidentKind>
    {
        ["leak"] = IncidentKind.Leak,
        ["loss"] = IncidentKind.Loss,
        ["damage"] = IncidentKind.Damage,
        ["unauthorized_use"] = IncidentKind.UnauthorizedUse,
        ["unauthorized_provision"] = IncidentKind.UnauthorizedProvision,
    };

    public static readonly IReadOnlyDictionary<string, IncidentCause> Causes = new Dictionary<string, IncidentCause>
    {
        ["misdirected"] = IncidentCause.Misdirected,
        ["loss"] = IncidentCause.Loss,
        ["theft"] = IncidentCause.Theft,
        ["unauthorized_access"] = IncidentCause.UnauthorizedAccess,
        ["employee_take_out"] = IncidentCause.EmployeeTakeOut,
        ["misconfiguration"] = IncidentCause.Misconfiguration,
        ["contractor"] = IncidentCause.Contractor,
        ["other"] = IncidentCause.Other,
    };

    public static readonly IReadOnlyDictionary<string, IncidentSystemType> SystemTypes = new Dictionary<string, IncidentSystemType>
    {
        ["ordinary"] = IncidentSystemType.Ordinary,
        ["network_system"] = IncidentSystemType.NetworkSystem,
        ["number_use_system"] = IncidentSystemType.NumberUseSystem,
        ["government_related_system"] = IncidentSystemType.GovernmentRelatedSystem,
    };

    public static readonly IReadOnlyDictionary<string, IncidentConditionKind> Conditions = new Dictionary<string, IncidentConditionKind>
    {
        ["network_system"] = IncidentConditionKind.NetworkSystem,
        ["wrongful_purpose"] = IncidentConditionKind.WrongfulPurpose,
        ["unspecified_many"] = IncidentConditionKind.UnspecifiedMany,
        ["over_persons"] = IncidentConditionKind.OverPersons,
        ["sensitive_information"] = IncidentConditionKind.SensitiveInformation,
    };

    public static readonly IReadOnlyDictionary<string, PersonsComparison> Comparisons = new Dictionary<string, PersonsComparison>
    {
        ["greater_than"] = PersonsComparison.GreaterThan,
        ["at_least"] = PersonsComparison.AtLeast,
    };

    public static readonly IReadOnlyDictionary<string, ClosedDay> ClosedDays = new Dictionary<string, ClosedDay>
    {
        ["saturday"] = ClosedDay.Saturday,
        ["sunday"] = ClosedDay.Sunday,
        ["national_holiday"] = ClosedDay.NationalHoliday,
        ["year_end"] = ClosedDay.YearEnd,
    };

    public static readonly IReadOnlyDictionary<string, NotALeakEffect> Effects = new Dictionary<string, NotALeakEffect>
    {
        ["not_an_incident"] = NotALeakEffect.NotAnIncident,
        ["treat_as_loss"] = NotALeakEffect.TreatAsLoss,
        ["treat_as_leak"] = NotALeakEffect.TreatAsLeak,
    };

    /// <summary>The not-a-leak conditions, each a fact the reporter states.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IncidentFacts, bool>> NotALeakConditions = new Dictionary<string, Func<IncidentFacts, bool>>
    {
        ["recovered_before_viewed_by_outsider"] = f => f.RecoveredBeforeViewedByOutsiders,
        ["same_data_kept_elsewhere"] = f => f.CopyKeptElsewhere,
        ["lost_inside_premises"] = f => f.LostInsideCompany,
    };

    /// <summary>The strong-encryption conditions (PPC Q&amp;A 17-14) by their ids in rules.yaml.</summary>
    public static readonly IReadOnlyDictionary<string, Func<EncryptionFacts, bool>> EncryptionConditions = new Dictionary<string, Func<EncryptionFacts, bool>>
    {
        ["encryption-approved-algorithm"] = e => e.ApprovedAlgorithm,
        ["encryption-properly-implemented"] = e => e.ProperlyImplemented,
        ["encryption-key-kept-separately"] = e => e.KeyKeptSeparately,
        ["encryption-key-not-leaked"] = e => e.KeyNotLeaked,
        ["encryption-remote-deletion"] = e => e.RemoteDeletion,
        ["encryption-key-unusable-by-others"] = e => e.KeyUnusableByThirdParties,
    };

    /// <summary>Conditions the PPC Q&amp;A 17-14 always requires (the algorithm and its implementation); rules.yaml must
    /// list them under <c>required</c>, never as a key-management alternative.</summary>
    public static readonly IReadOnlyList<string> AlwaysRequiredEncryptionConditions = ["encryption-approved-algorithm", "encryption-properly-implemented"];
}
