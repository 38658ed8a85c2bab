namespace ChatBot.Host.Features.Inspections;

internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Could not check the current inspection campaign for a late handler.")]
    public static partial void LateHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Inspection campaign {Campaign}: created={Created}, cards to {Sent} handlers.")]
    public static partial void CampaignOpened(ILogger logger, string campaign, bool created, int sent);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Inspection reminders for {Campaign} round {Round}: {Handlers} handlers, {Reviewers} reviewers.")]
    public static partial void RemindersSent(ILogger logger, string campaign, int round, int handlers, int reviewers);
}
