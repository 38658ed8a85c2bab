using ChatBot.Domain.Audit;
using ChatBot.Host.Audit;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// <c>knowledge.answer-log-purge</c>: deletes the questions older than <see cref="KnowledgeOptions.AnswerLogRetention"/>
/// (unanswered ones an admin keeps excepted) and the feedback on them, and records how many in the audit trail, in one
/// transaction. Schedules the next run first, so a failing purge does not end the series. Running twice deletes nothing more.
/// </summary>
internal sealed class AnswerLogPurgeHandler(
    IDbConnectionFactory connections, IAuditTrail audit, IDurableTimers timers, IOptions<KnowledgeOptions> options,
    TimeProvider time, ILogger<AnswerLogPurgeHandler> logger) : ITimerHandler
{
    public const string AuditStream = "knowledge:answer-log";
    public const string PurgedAction = "knowledge.answer-log.purged";

    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await AnswerLogPurgeSchedule.ScheduleNextAsync(timers, now, cancellationToken);
        var cutoff = now - options.Value.AnswerLogRetention;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var purged = await KnowledgeAnswerStore.PurgeAsync(cutoff, connection, transaction, cancellationToken);
        if (purged.Total > 0)
        {
            // Counts only: what was asked is exactly what this deletes.
            await audit.AppendAsync(AuditStream, AuditActors.System, PurgedAction, new
            {
                askedBefore = cutoff, answered = purged.Answered, unanswered = purged.Unanswered, feedback = purged.Feedback,
            }, connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Log.AnswerLogPurged(logger, purged.Answered, purged.Unanswered, purged.Feedback, cutoff);
    }
}
