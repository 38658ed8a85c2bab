using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>What was asked and answered, and the 👍/👎 on it. The question text is already masked by the turn pipeline.</summary>
public sealed class KnowledgeAnswerStore(IDbConnectionFactory connections, TimeProvider time)
{
    public async Task RecordAnswerAsync(AnsweredQuestion answer, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO knowledge_answers (activity_id, conversation_id, user_aad_object_id, question, locale, found, answer_id, score, created_at)
            VALUES (@ActivityId, @ConversationId, @User, @Question, @Locale, @Found, @AnswerId, @Score, @CreatedAt)
            ON CONFLICT (activity_id) DO NOTHING
            """,
            new { answer.ActivityId, answer.ConversationId, answer.User, answer.Question, answer.Locale, answer.Found, answer.AnswerId, answer.Score, CreatedAt = DbTime.ToDb(time.GetUtcNow()) },
            cancellationToken: ct));
    }

    /// <returns>False when the message is not an answer of the bot's (feedback on something else is ignored).</returns>
    public async Task<bool> RecordFeedbackAsync(string activityId, string user, string reaction, string? text, CancellationToken ct)
    {
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
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Question, string? Locale, long CreatedAt)>(new CommandDefinition(
            "SELECT question, locale, created_at FROM knowledge_answers WHERE found = @found ORDER BY created_at DESC LIMIT @limit",
            new { found = false, limit }, cancellationToken: ct));
        return rows.Select(r => new UnansweredQuestion(r.Question, r.Locale, DbTime.FromDb(r.CreatedAt))).ToList();
    }
}

public sealed record AnsweredQuestion(string ActivityId, string ConversationId, string? User, string Question, string? Locale, bool Found, string? AnswerId, double Score);

public sealed record UnansweredQuestion(string Question, string? Locale, DateTimeOffset AskedAt);
