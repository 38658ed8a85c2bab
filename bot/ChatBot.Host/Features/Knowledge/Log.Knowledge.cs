namespace ChatBot.Host;

/// <summary>Knowledge log messages; event ids 1400-1449.</summary>
internal static partial class Log
{
    [LoggerMessage(1400, LogLevel.Information, "Question log purged: {Answered} answered and {Unanswered} unanswered questions, {Feedback} feedback entries asked before {Cutoff}")]
    public static partial void AnswerLogPurged(ILogger logger, int answered, int unanswered, int feedback, DateTimeOffset cutoff);

    [LoggerMessage(1401, LogLevel.Warning, "Question log: writing {Count} answers failed (attempt {Attempt}); retrying")]
    public static partial void AnswerLogWriteRetried(ILogger logger, int count, int attempt, Exception exception);

    [LoggerMessage(1402, LogLevel.Error, "Question log: {Count} answers could not be written and are not in the log")]
    public static partial void AnswerLogWriteFailed(ILogger logger, int count, Exception exception);
}
