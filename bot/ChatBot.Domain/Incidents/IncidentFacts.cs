namespace ChatBot.Domain.Incidents;

/// <summary>What a reporter or owner states about a leak, loss or damage. Correct a fact and classify again.</summary>
public sealed record IncidentFacts
{
    public required IncidentKind Kind { get; init; }

    public required IncidentCause Cause { get; init; }

    /// <summary>When any department learned of it; deadlines count from its date in Japan.</summary>
    public required DateTimeOffset LearnedAt { get; init; }

    /// <summary>Only suspected (おそれ); suspected cases count exactly like confirmed ones.</summary>
    public bool SuspectedOnly { get; init; }

    /// <summary>The reporter's estimate of the persons involved (dependants count as persons).</summary>
    public int? EstimatedPersons { get; init; }

    /// <summary>The possible maximum; the rule counts this (or the estimate, whichever is larger).</summary>
    public int? MaxPersons { get; init; }

    /// <summary>How the data was encrypted, if at all (PPC Q&amp;A 17-14).</summary>
    public EncryptionFacts Encryption { get; init; } = EncryptionFacts.None;

    /// <summary>Viewed, or could be viewed, electronically by an unspecified number of outsiders (不特定多数).</summary>
    public bool ViewableByOutsidersElectronically { get; init; }

    /// <summary>Stated wrongful intent (不正の目的). Causes such as theft imply it anyway (rules.yaml).</summary>
    public bool WrongfulPurpose { get; init; }

    public IncidentSystemType SystemType { get; init; } = IncidentSystemType.Ordinary;

    /// <summary>A contractor (委託先) is involved, either as the place it happened or as us.</summary>
    public bool ContractorInvolved { get; init; }

    /// <summary>We are the contractor; the client (委託元) is the one who reports if we notify it promptly.</summary>
    public bool WeAreContractor { get; init; }

    /// <summary>When we (as the contractor) notified the client; null while not yet notified.</summary>
    public DateTimeOffset? ClientNotifiedAt { get; init; }

    /// <summary>Recovered before any outsider saw it (e.g. a misdirected envelope returned unopened).</summary>
    public bool RecoveredBeforeViewedByOutsiders { get; init; }

    /// <summary>The same data is kept elsewhere (backup, original) — matters for loss and damage.</summary>
    public bool CopyKeptElsewhere { get; init; }

    /// <summary>The item went missing inside the premises (滅失); otherwise, or when unknown, a suspected leak.</summary>
    public bool LostInsideCompany { get; init; }

    /// <summary>要配慮個人情報 is involved (e.g. disability status on a dependants' form): consider an APPI report.</summary>
    public bool SensitivePersonalInformation { get; init; }
}
