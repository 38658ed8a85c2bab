using ChatBot.Domain.Incidents.Tracking;

namespace ChatBot.Host.Features.Incidents;

public enum IncidentChangeStatus
{
    Done,
    NotFound,
    /// <summary>The actor may not do this (decided from the organization file).</summary>
    Forbidden,
    /// <summary>The card named an older version; nothing changed.</summary>
    Stale,
    /// <summary>Not possible in this state (e.g. closing with mandatory steps open); <see cref="IncidentChange.ReasonKey"/> says why.</summary>
    Rejected,
}

/// <summary>The outcome of an incident operation, with the current record for the answering card.</summary>
public sealed record IncidentChange(IncidentChangeStatus Status, IncidentRecord? Incident, string? ReasonKey = null)
{
    public bool Succeeded => Status == IncidentChangeStatus.Done;
}
