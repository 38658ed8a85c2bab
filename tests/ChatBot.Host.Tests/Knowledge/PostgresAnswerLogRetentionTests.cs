using System.Text.Json.Nodes;
using ChatBot.Host.Features.Admin;
using ChatBot.Host.Tests.Incidents;
using Dapper;
using static ChatBot.Host.Tests.Incidents.IncidentApp;
using static ChatBot.Host.Tests.Knowledge.AnswerLogRetentionTests;

namespace ChatBot.Host.Tests.Knowledge;

/// <summary>The purge's SQL on PostgreSQL (a BOOLEAN <c>found</c>, the keep columns of migration 0100).</summary>
public sealed class PostgresAnswerLogRetentionTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.InitializeAsync();

    public Task DisposeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.DisposeAsync();

    [PostgresFact]
    public async Task Purge_AfterRetention_KeepsOnlyTheKeptUnansweredQuestion()
    {
        await using var app = new IncidentApp(postgres: _database.ConnectionString);
        await AskAsync(app, "マイナンバーをメールで送ってもいいですか？");
        var kept = await AskAsync(app, "来週の会議室の予約方法は？");
        await AskAsync(app, "社員食堂の今日のメニューは？");
        await app.InvokeAsync(UnansweredQuestionsCard.KeepVerb, new JsonObject { ["id"] = kept }, Admin);

        await RunPurgeAfterAsync(app, TimeSpan.FromDays(91));

        await using var connection = await app.OpenAsync();
        Assert.Equal([kept], await connection.QueryAsync<string>("SELECT activity_id FROM knowledge_answers"));
    }
}
