namespace ChatBot.Host.Features.Inspections;

/// <summary>Verbs, timer kinds, keys and audit streams of the feature, in one place.</summary>
public static class InspectionNames
{
    public const string RefreshVerb = "inspections.refresh";
    public const string SaveVerb = "inspections.save";
    public const string SubmitVerb = "inspections.submit";
    public const string ApproveVerb = "inspections.approve";
    public const string ReturnVerb = "inspections.return";
    public const string OpenTimerKind = "inspection.open";
    public const string ReminderTimerKind = "inspection.remind";
    public const string System = "system";

    public static string OpenTimerKey(string campaignKey) => $"inspection:open:{campaignKey}";

    public static string ReminderTimerKey(string campaignKey, int round) => $"inspection:remind:{campaignKey}:{round}";

    /// <summary>The campaign card's outbox dedupe key: one card per campaign and handler, however often the fan-out runs.</summary>
    public static string CardDedupeKey(string campaignKey, string handler) => $"inspection:{campaignKey}:{handler}";

    public static string CampaignStream(string campaignKey) => $"inspection:{campaignKey}";

    /// <summary>The corrective action's origin reference (origin <c>inspection</c>): <c>{campaign}:{handler}:{item}</c>.</summary>
    public static string CorrectiveActionReference(string campaignKey, string handler, string itemId) => $"{campaignKey}:{handler}:{itemId}";
}
