using ChatBot.Domain.Inspections;

namespace ChatBot.Host.Features.Inspections;

/// <summary>A stored campaign: its key (e.g. <c>FY2026-Q3</c>) and the template snapshot it runs on.</summary>
public sealed record InspectionCampaign(string Key, InspectionTemplate Template, string TemplateHash, string OpenedBy, DateTimeOffset OpenedAt);

/// <summary>One approval, return or submission, for the auditors' export.</summary>
public sealed record InspectionDecision(string CampaignKey, string HandlerAadObjectId, string Action, string Actor, string? Comment, int SheetVersion, DateTimeOffset At);
