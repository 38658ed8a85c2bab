using ChatBot.Domain.Lifecycle;
using Dapper;

namespace ChatBot.Host.Features.Lifecycle;

public sealed partial class LifecycleDialogStore
{
    /// <summary>Finished assessments, newest first, with their answer counts (for the managers' list); learning dialogs are not assessments.</summary>
    public async Task<IReadOnlyList<FinishedAssessment>> ListFinishedAsync(int limit, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<DialogRow>(new CommandDefinition(
            $"""
            SELECT {SelectColumns}, count_done AS Done, count_partial AS Partial, count_not_done AS NotDone,
                count_na AS NotApplicable, count_unanswered AS Unanswered
            FROM lifecycle_dialogs WHERE status = 'finished' AND learning = @notLearning ORDER BY finished_at DESC, id LIMIT @limit
            """, new { limit, notLearning = false }, cancellationToken: ct));
        return rows.Select(r => new FinishedAssessment(r.ToDialog(),
            new AnswerCounts((int)r.Done, (int)r.Partial, (int)r.NotDone, (int)r.NotApplicable, (int)r.Unanswered))).ToList();
    }
}

public sealed record FinishedAssessment(AssessmentDialog Dialog, AnswerCounts Counts);
