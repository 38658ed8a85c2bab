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

    /// <summary>Wrongful intent is suspected (不正の目的): someone meant to take, view, use or pass on the data.</summary>
    public bool WrongfulPurpose { get; init; }

    /// <summary>It went missing inside the premises (滅失 rather than a suspected 漏えい).</summary>
    public bool LostInsideCompany { get; init; }

    /// <summary>Recovered before any outsider saw it (e.g. a misdirected envelope returned unopened).</summary>
    public bool RecoveredBeforeViewedByOutsiders { get; init; }

    /// <summary>The same data is kept elsewhere (backup, original).</summary>
    public bool CopyKeptElsewhere { get; init; }

    /// <summary>要配慮個人情報 is involved (e.g. disability status on a dependants' form).</summary>
    public bool SensitivePersonalInformation { get; init; }

    public bool ContractorInvolved { get; init; }

    public bool WeAreContractor { get; init; }

    /// <summary>As the contractor: when we told the client (委託元); null while not yet.</summary>
    public DateTimeOffset? ClientNotifiedAt { get; init; }

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
        WrongfulPurpose = WrongfulPurpose,
        LostInsideCompany = LostInsideCompany,
        RecoveredBeforeViewedByOutsiders = RecoveredBeforeViewedByOutsiders,
        CopyKeptElsewhere = CopyKeptElsewhere,
        SensitivePersonalInformation = SensitivePersonalInformation,
        ContractorInvolved = ContractorInvolved,
        WeAreContractor = WeAreContractor,
        ClientNotifiedAt = WeAreContractor ? ClientNotifiedAt : null,
        SystemType = SystemType,
    };
}
