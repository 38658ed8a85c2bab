using System.Data.Common;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// What was asked and answered, and the 👍/👎 on it. The question text is already masked by the turn pipeline. Answers
/// reach the table through <see cref="KnowledgeAnswerLog"/>, behind the turn; every read here flushes it first.
/// </summary>
public sealed class KnowledgeAnswerStore(IDbConnectionFactory connections, TimeProvider time, KnowledgeAnswerLog log)
{
    private const string InsertSql = """
        INSERT INTO knowledge_answers (activity_id, conversation_id, user_aad_object_id, question, locale, found, answer_id, score, created_at)
        VALUES (@ActivityId, @ConversationId, @User, @Question, @Locale, @Found, @AnswerId, @Score, @CreatedAt)
        ON CONFLICT (activity_id) DO NOTHING
        """;

    /// <summary>Writes the answer now (the turn path queues it on <see cref="KnowledgeAnswerLog"/> instead).</summary>
    public async Task RecordAnswerAsync(AnsweredQuestion answer, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await InsertAsync([(answer, time.GetUtcNow())], connection, null, ct);
    }

    /// <summary>Inserts answers asked at the given times, on the caller's connection and transaction.</summary>
    public static Task InsertAsync(IEnumerable<(AnsweredQuestion Answer, DateTimeOffset AskedAt)> answers, DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSql,
            answers.Select(a => new
            {
                a.Answer.ActivityId, a.Answer.ConversationId, a.Answer.User, a.Answer.Question, a.Answer.Locale, a.Answer.Found,
                a.Answer.AnswerId, a.Answer.Score, CreatedAt = DbTime.ToDb(a.AskedAt),
            }),
            transaction, cancellationToken: ct));

    /// <returns>False when the message is not an answer of the bot's (feedback on something else is ignored).</returns>
    public async Task<bool> RecordFeedbackAsync(string activityId, string user, string reaction, string? text, CancellationToken ct)
    {
        await log.FlushAsync(ct); // the answer may have been sent a moment ago
        await using var connection = await connections.OpenAsync(ct);
        var known = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM knowledge_answers WHERE activity_id = @activityId", new { activityId }, cancellationToken: ct));
        if (known == 0) return false;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO knowledge_feedback (activity_id, user_aad_object_id, reaction, feedback_text, created_at)
            VALUES (@activityId, @user, @reaction, @text, @createdAt)
            ON CONFLICT (activity_id, user_aad_object_id) DO UPDATE SET reaction = excluded.reaction, feedback_text = excluded.feedback_text, created_at = excluded.created_at
            """,
            new { activityId, user, reaction, text, createdAt = DbTime.ToDb(time.GetUtcNow()) }, cancellationToken: ct));
        return true;
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ListUnansweredAsync(int limit, CancellationToken ct)
    {
        await log.FlushAsync(ct);
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Id, string Question, string? Locale, long CreatedAt, string? KeptBy, long? KeptAt)>(new CommandDefinition(
            """
            SELECT activity_id, question, locale, created_at, kept_by, kept_at FROM knowledge_answers
            WHERE found = @found ORDER BY created_at DESC LIMIT @limit
            """,
            new { found = false, limit }, cancellationToken: ct));
        return rows.Select(r => new UnansweredQuestion(r.Id, r.Question, r.Locale, DbTime.FromDb(r.CreatedAt), r.KeptBy, DbTime.FromDb(r.KeptAt))).ToList();
    }

    /// <summary>Keeps an unanswered question past the retention period (<paramref name="keptBy"/>), or stops keeping it (null).</summary>
    /// <returns>False when there is no such unanswered question (any more).</returns>
    public async Task<bool> SetKeptAsync(string activityId, string? keptBy, CancellationToken ct)
    {
        await log.FlushAsync(ct);
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE knowledge_answers SET kept_by = @keptBy, kept_at = @keptAt WHERE activity_id = @activityId AND found = @found",
            new { activityId, keptBy, keptAt = keptBy is null ? (long?)null : DbTime.ToDb(time.GetUtcNow()), found = false },
            cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Deletes the questions asked before <paramref name="cutoff"/> (answered ones, and unanswered ones nobody keeps) with
    /// the feedback on their answers, on the caller's transaction.
    /// </summary>
    public static async Task<AnswerLogPurge> PurgeAsync(DateTimeOffset cutoff, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var parameters = new { Cutoff = DbTime.ToDb(cutoff), Answered = true, Unanswered = false };
        var feedback = await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM knowledge_feedback WHERE activity_id IN (
                SELECT activity_id FROM knowledge_answers WHERE created_at < @Cutoff AND (found = @Answered OR kept_at IS NULL))
            """, parameters, transaction, cancellationToken: ct));
        var answered = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM knowledge_answers WHERE created_at < @Cutoff AND found = @Answered", parameters, transaction, cancellationToken: ct));
        var unanswered = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM knowledge_answers WHERE created_at < @Cutoff AND found = @Unanswered AND kept_at IS NULL", parameters, transaction, cancellationToken: ct));
        return new AnswerLogPurge(answered, unanswered, feedback);
    }
}

public sealed record AnsweredQuestion(string ActivityId, string ConversationId, string? User, string Question, string? Locale, bool Found, string? AnswerId, double Score);

/// <param name="Id">The bot's answer's activity id (the row's key).</param>
/// <param name="KeptBy">The admin who keeps it past the retention period; null when it is deleted with the rest.</param>
public sealed record UnansweredQuestion(string Id, string Question, string? Locale, DateTimeOffset AskedAt, string? KeptBy = null, DateTimeOffset? KeptAt = null);

/// <summary>Rows one purge deleted.</summary>
public sealed record AnswerLogPurge(int Answered, int Unanswered, int Feedback)
{
    public int Total => Answered + Unanswered + Feedback;
}
