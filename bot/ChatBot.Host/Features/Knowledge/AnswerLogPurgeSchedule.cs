using System.Globalization;
using ChatBot.Domain.Time;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// When the question log is purged: daily at 03:00 Japan time (nobody is asking then), as a durable timer, so it
/// survives restarts and runs once whatever the number of instances. One key per Japan date: instances seeding at the
/// same time, and a handler scheduling the next run, all name the same timer.
/// </summary>
internal static class AnswerLogPurgeSchedule
{
    public const string Kind = "knowledge.answer-log-purge";

    private static readonly TimeOnly RunAt = new(3, 0);

    /// <summary>The first run strictly after <paramref name="instant"/>.</summary>
    public static DateTimeOffset NextRunAfter(DateTimeOffset instant)
    {
        var today = JapanTime.At(JapanTime.DateOf(instant), RunAt);
        return today > instant ? today : JapanTime.At(JapanTime.DateOf(instant).AddDays(1), RunAt);
    }

    public static string KeyFor(DateTimeOffset due) =>
        "knowledge:answer-log-purge:" + JapanTime.DateOf(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<bool> ScheduleNextAsync(IDurableTimers timers, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var due = NextRunAfter(after);
        return timers.ScheduleIfAbsentAsync(KeyFor(due), Kind, due, "{}", cancellationToken);
    }
}
