namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>
/// One incident as stored: the report, its current classification outcome, routing and response state.
/// <see cref="Version"/> grows with every change; cards carry it so a stale card never overwrites newer state.
/// </summary>
public sealed record IncidentRecord
{
    public required string Reference { get; init; }

    public required string ReporterAad { get; init; }

    /// <summary>The name Teams showed for the reporter when they filed (masked); shown only when the organization file does not list them.</summary>
    public string? ReporterName { get; init; }

    public string? DepartmentId { get; init; }

    /// <summary>
    /// For a reporter the organization file does not list: the first manager up their directory (Graph) chain that the
    /// file does list, found when the report was filed. Their department's chain then handles it.
    /// </summary>
    public string? RoutedViaAad { get; init; }

    public required IncidentReport Report { get; init; }

    public required IncidentStatus Status { get; init; }

    public required int Version { get; init; }

    /// <summary>The manager who acknowledged it (and owns the response).</summary>
    public string? OwnerAad { get; init; }

    /// <summary>The escalation level notified last (1 = the department's managers).</summary>
    public int EscalationLevel { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<IncidentStep> Steps { get; init; } = [];

    public IReadOnlyList<IncidentNote> Notes { get; init; } = [];

    public bool IsOpen => Status != IncidentStatus.Closed;

    /// <summary>Required steps still open; closing needs none.</summary>
    public IEnumerable<IncidentStep> OpenRequiredSteps => Steps.Where(s => s.Required && !s.Done);

    /// <summary>The earliest due date of an open step, for sorting and the overdue mark.</summary>
    public DateOnly? NextDue => Steps.Where(s => !s.Done && s.DueDate is not null).Min(s => s.DueDate);
}
