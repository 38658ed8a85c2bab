namespace ChatBot.Host;

/// <summary>Knowledge log messages; event ids 1400-1449.</summary>
internal static partial class Log
{
    [LoggerMessage(1400, LogLevel.Information, "Question log purged: {Answered} answered and {Unanswered} unanswered questions, {Feedback} feedback entries asked before {Cutoff}")]
    public static partial void AnswerLogPurged(ILogger logger, int answered, int unanswered, int feedback, DateTimeOffset cutoff);
}
