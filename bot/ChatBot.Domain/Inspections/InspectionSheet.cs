namespace ChatBot.Domain.Inspections;

/// <summary>
/// One handler's checklist in one campaign. <see cref="Version"/> grows with every change; cards carry the
/// version they showed, so a double click or an old card cannot overwrite a newer state.
/// </summary>
public sealed record InspectionSheet(
    string CampaignKey,
    string HandlerAadObjectId,
    string? DepartmentId,
    InspectionSheetStatus Status,
    IReadOnlyDictionary<string, InspectionItemAnswer> Answers,
    string? ReturnComment,
    int Version,
    DateTimeOffset? SubmittedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The audit stream of the sheet, <c>inspection:{campaign}:{handler}</c>.</summary>
    public string AuditStream => $"inspection:{CampaignKey}:{HandlerAadObjectId}";

    /// <summary>The handler may still change the answers.</summary>
    public bool IsEditable => Status is InspectionSheetStatus.Open or InspectionSheetStatus.Returned;

    public InspectionItemAnswer AnswerTo(string itemId) =>
        Answers.TryGetValue(itemId, out var answer) ? answer : new InspectionItemAnswer(null, "");

    public IEnumerable<string> NoItemIds(InspectionTemplate template) =>
        template.Items.Where(i => AnswerTo(i.Id).Answer == InspectionAnswer.No).Select(i => i.Id);
}
