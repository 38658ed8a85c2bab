using ChatBot.Domain.Changes;
using ChatBot.Domain.Inspections;

namespace ChatBot.Host.Features.Inspections;

/// <summary>A sheet as the change runner loads it, with the campaign whose template it answers.</summary>
public sealed record InspectionState(InspectionCampaign Campaign, InspectionSheet Sheet);

/// <summary>What a workflow step stores: the sheet and its row in the decision history.</summary>
public sealed record SheetChange(InspectionSheet Sheet, InspectionDecision Decision);

/// <summary>
/// What a workflow step did: the change (its state is the current sheet, also when refused), the unanswered items of
/// a refused submit, and the corrective actions an approval opened.
/// </summary>
public sealed record InspectionResult(
    ChangeResult<InspectionState> Change,
    IReadOnlyList<string>? MissingItems = null,
    IReadOnlyList<string>? CorrectiveActionIds = null)
{
    public InspectionCampaign? Campaign => Change.State?.Campaign;

    public InspectionSheet? Sheet => Change.State?.Sheet;
}
