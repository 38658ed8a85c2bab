using ChatBot.Domain.Inspections;

namespace ChatBot.Host.Features.Inspections;

/// <summary>Who looks at a sheet card: the card shows different inputs and buttons to each.</summary>
public enum InspectionViewer
{
    /// <summary>The handler the sheet belongs to: answers, saves, submits.</summary>
    Handler,

    /// <summary>A manager who may approve or return it.</summary>
    Reviewer,
}

/// <summary>Everything <see cref="InspectionSheetCard"/> needs; no I/O in the builder.</summary>
/// <param name="RefreshUserIds">Teams <c>29:</c> ids that get the per-user refresh (handler and reviewers).</param>
/// <param name="Notice">A message shown at the top (saved, stale card, validation problem, masked number).</param>
/// <param name="Typed">What the user typed, shown again after a validation error instead of the stored answers.</param>
public sealed record InspectionSheetView(
    InspectionCampaign Campaign,
    InspectionSheet Sheet,
    string HandlerName,
    InspectionViewer Viewer,
    IReadOnlyList<string> RefreshUserIds,
    string? Locale,
    IReadOnlyList<string>? Notices = null,
    IReadOnlyDictionary<string, InspectionItemAnswer>? Typed = null);
