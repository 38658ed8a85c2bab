using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Tests.Incidents;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Knowledge;

/// <summary>The question log is written behind the turns, and loses nothing for it.</summary>
public sealed class KnowledgeAnswerLogTests
{
    [Fact]
    public async Task RecordFeedback_RightAfterTheAnswerIsQueued_FindsTheAnswer()
    {
        await using var app = new IncidentApp();
        var log = app.Services.GetRequiredService<KnowledgeAnswerLog>();
        await log.RecordAsync(Answer("answer-1"), CancellationToken.None);

        var recorded = await app.Services.GetRequiredService<KnowledgeAnswerStore>()
            .RecordFeedbackAsync("answer-1", IncidentApp.Reporter, "like", null, CancellationToken.None);

        Assert.True(recorded);
    }

    [Fact]
    public async Task Stop_WithAnswersQueued_WritesThemAll()
    {
        using var database = new Storage.SqliteTestDatabase();
        await using (var app = new IncidentApp(database.Path))
        {
            var log = app.Services.GetRequiredService<KnowledgeAnswerLog>();
            await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => log.RecordAsync(Answer($"answer-{i}"), CancellationToken.None).AsTask()));
        }

        await using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=false");
        Assert.Equal(1000L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM knowledge_answers"));
    }

    [Fact]
    public async Task Record_AfterStop_WritesDirectly()
    {
        using var database = new Storage.SqliteTestDatabase();
        var app = new IncidentApp(database.Path);
        var log = app.Services.GetRequiredService<KnowledgeAnswerLog>();
        await log.StopAsync(CancellationToken.None);

        await log.RecordAsync(Answer("late"), CancellationToken.None);

        await using var connection = await app.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM knowledge_answers WHERE activity_id = 'late'"));
        await app.DisposeAsync();
    }

    private static AnsweredQuestion Answer(string id) =>
        new(id, "a:personal-aad-reporter", IncidentApp.Reporter, "マイナンバーの保管期間は？", "ja-JP", true, "legal-retention", 0.9);
}
