namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>
/// What the reporter (or owner) entered on the form. Free texts have been through the My Number guard before they
/// get here; the facts the classifier needs are derived by <see cref="ToFacts"/>.
/// </summary>
public sealed record IncidentReport
{
    public required string Description { get; init; }

    /// <summary>When it was noticed (an instant; entered as a Japan date and time).</summary>
    public required DateTimeOffset NoticedAt { get; init; }

    public required IncidentKind Kind { get; init; }

    public required IncidentCause Cause { get; init; }

    public int? EstimatedPersons { get; init; }

    public int? MaxPersons { get; init; }

    public EncryptionFacts Encryption { get; init; } = EncryptionFacts.None;

    public bool ViewableByOutsidersElectronically { get; init; }

    public bool ContractorInvolved { get; init; }

    public bool WeAreContractor { get; init; }

    public IncidentSystemType SystemType { get; init; } = IncidentSystemType.Ordinary;

    /// <summary>Which system or ledger (free text).</summary>
    public string? SystemName { get; init; }

    /// <summary>True when the My Number guard masked something the reporter typed.</summary>
    public bool Masked { get; init; }

    public IncidentFacts ToFacts() => new()
    {
        Kind = Kind,
        Cause = Cause,
        LearnedAt = NoticedAt,
        SuspectedOnly = true,
        EstimatedPersons = EstimatedPersons,
        MaxPersons = MaxPersons,
        Encryption = Encryption,
        ViewableByOutsidersElectronically = ViewableByOutsidersElectronically,
        ContractorInvolved = ContractorInvolved,
        WeAreContractor = WeAreContractor,
        SystemType = SystemType,
    };
}
