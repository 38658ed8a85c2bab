namespace ChatBot.Domain.Audit;

/// <summary>
/// One entry of the audit trail. <see cref="Sequence"/> numbers the whole log (1, 2, 3, … with no gaps);
/// <see cref="Hash"/> chains it to the entry before it, so an edited, deleted or reordered row is detected.
/// </summary>
/// <param name="Stream">What the event is about, e.g. <c>incident:INC-2026-0001</c> or <c>action:CA-2026-0001</c>.</param>
/// <param name="Actor">The AAD object id of who did it, or <see cref="AuditActors.System"/>.</param>
/// <param name="Action">What happened, e.g. <c>incident.acknowledged</c>.</param>
/// <param name="DetailsJson">A JSON object; every string in it has been through the My Number guard.</param>
public sealed record AuditEvent(
    long Sequence,
    string Stream,
    string Actor,
    DateTimeOffset OccurredAt,
    string Action,
    string DetailsJson,
    string PreviousHash,
    string Hash);

public static class AuditActors
{
    /// <summary>The actor of events the bot causes itself (timers, escalation).</summary>
    public const string System = "system";
}
