namespace ChatBot.Domain.CorrectiveActions;

/// <summary>Where a corrective action came from. Stored as <c>inspection</c>, <c>assessment</c>, <c>incident</c>.</summary>
public enum CorrectiveActionOrigin
{
    /// <summary>A NO answer to a quarterly self-inspection item.</summary>
    Inspection,

    /// <summary>A gap found by a lifecycle self-assessment.</summary>
    Assessment,

    /// <summary>A step of an incident's response.</summary>
    Incident,
}

/// <summary>Stored as <c>open</c>, <c>in_progress</c>, <c>done</c>, <c>cancelled</c>.</summary>
public enum CorrectiveActionStatus
{
    Open,
    InProgress,

    /// <summary>Closed with a note of what was done.</summary>
    Done,

    /// <summary>Closed with a reason.</summary>
    Cancelled,
}

public static class CorrectiveActionStatusCodes
{
    /// <summary>The stored and audited spelling.</summary>
    public static string Code(this CorrectiveActionStatus status) => status switch
    {
        CorrectiveActionStatus.Open => "open",
        CorrectiveActionStatus.InProgress => "in_progress",
        CorrectiveActionStatus.Done => "done",
        CorrectiveActionStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>
/// A corrective action (是正措置): who fixes what by when. Its history is the audit stream
/// <c>action:{Id}</c>.
/// </summary>
/// <param name="Id">E.g. <c>CA-2026-0001</c> (numbered per Japan calendar year).</param>
/// <param name="OriginReference">
/// Names the finding, e.g. <c>FY2026-Q3:hr:item-12</c>; one action per origin and reference, so the same NO answer never creates two.
/// </param>
/// <param name="DueDate">A Japan calendar date.</param>
/// <param name="ClosingNote">What was done (<see cref="CorrectiveActionStatus.Done"/>) or why not (<see cref="CorrectiveActionStatus.Cancelled"/>).</param>
/// <param name="Version">Optimistic concurrency: incremented by every change.</param>
public sealed record CorrectiveAction(
    string Id,
    CorrectiveActionOrigin Origin,
    string OriginReference,
    string Title,
    string OwnerAadObjectId,
    string DepartmentId,
    DateOnly DueDate,
    CorrectiveActionStatus Status,
    string? ClosingNote,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public const string AuditStreamPrefix = "action:";

    public bool IsClosed => Status is CorrectiveActionStatus.Done or CorrectiveActionStatus.Cancelled;

    /// <summary>Its audit stream, <c>action:{Id}</c>.</summary>
    public string AuditStream => AuditStreamPrefix + Id;

    /// <summary>Not closed and the due date is before <paramref name="todayInJapan"/>: due today is not overdue yet.</summary>
    public bool IsOverdue(DateOnly todayInJapan) => !IsClosed && DueDate < todayInJapan;

    /// <summary>Days past the due date (0 when not overdue).</summary>
    public int DaysOverdue(DateOnly todayInJapan) => IsOverdue(todayInJapan) ? todayInJapan.DayNumber - DueDate.DayNumber : 0;
}
