using ChatBot.Domain.Inspections;

namespace ChatBot.Host.Features.Inspections;

public enum InspectionOutcome
{
    Saved,
    Submitted,
    Approved,
    Returned,
    NotFound,
    NotAuthorized,

    /// <summary>The card showed an older version (double click, or someone acted first).</summary>
    Stale,

    /// <summary>The sheet is not in a state that allows this (e.g. approving a draft, editing an approved sheet).</summary>
    InvalidState,

    /// <summary>Items unanswered, or NO without remarks.</summary>
    Incomplete,

    CommentRequired,
}

/// <summary>What a workflow step did; <see cref="Sheet"/> is the current sheet (also when refused).</summary>
public sealed record InspectionResult(
    InspectionOutcome Outcome,
    InspectionCampaign? Campaign,
    InspectionSheet? Sheet,
    IReadOnlyList<string>? MissingItems = null,
    IReadOnlyList<string>? CorrectiveActionIds = null);
