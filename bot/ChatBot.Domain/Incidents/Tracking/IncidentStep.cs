namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>A response step of one incident: the rule it comes from, who does it, by when, and whether it is done.</summary>
public sealed record IncidentStep(string StepId, bool Required, string? AssigneeAad, DateOnly? DueDate, DateTimeOffset? DoneAt, string? DoneBy)
{
    public bool Done => DoneAt is not null;
}
