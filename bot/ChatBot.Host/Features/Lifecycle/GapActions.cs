namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// What the gap report offers for turning gaps into corrective actions: who may own one (the handler's department),
/// the defaults, and the actions already opened per countermeasure id.
/// </summary>
public sealed record GapActions(
    IReadOnlyList<(string Id, string Name)> Owners,
    string DefaultOwner,
    DateOnly DefaultDue,
    IReadOnlyDictionary<string, OpenedAction> Opened);

/// <summary>A corrective action opened from a gap, as the report shows it.</summary>
public sealed record OpenedAction(string Id, string OwnerName, DateOnly DueDate, string Status);
