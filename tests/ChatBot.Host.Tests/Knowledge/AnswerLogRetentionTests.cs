using System.Text.Json.Nodes;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Admin;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Incidents;
using ChatBot.Host.Timers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Knowledge;

/// <summary>
/// Questions are personal data: the log is purged after Knowledge:AnswerLogRetention (90 days) by a durable daily job
/// on the fake clock; an unanswered question an admin keeps stays until the admin stops keeping it.
/// </summary>
public sealed class AnswerLogRetentionTests
{
    private const string Answered = "マイナンバーをメールで送ってもいいですか？";
    private const string Kept = "来週の会議室の予約方法は？";
    private const string NotKept = "社員食堂の今日のメニューは？";

    [Fact]
    public async Task Purge_AfterRetention_DeletesAnsweredAndUnkeptQuestionsWithFeedback_KeepsTheKeptOne()
    {
        await using var app = new IncidentApp();
        var answerId = await AskAsync(app, Answered);
        await FeedbackAsync(app, answerId);
        var keptId = await AskAsync(app, Kept);
        await AskAsync(app, NotKept);
        Assert.Equal(3L, await CountAsync(app, "knowledge_answers"));

        var kept = await app.InvokeAsync(UnansweredQuestionsCard.KeepVerb, new JsonObject { ["id"] = keptId }, Admin);
        Assert.Contains(BotTexts.Get("Admin_Unanswered_KeptDone", "ja-JP"), kept.ToJsonString(Readable), StringComparison.Ordinal);

        // Day 89: the daily purge runs and deletes nothing yet.
        await RunPurgeAfterAsync(app, TimeSpan.FromDays(89));
        Assert.Equal(3L, await CountAsync(app, "knowledge_answers"));
        Assert.Equal(1L, await CountAsync(app, "knowledge_feedback"));

        // Day 91: everything older than 90 days goes, except the question an admin keeps.
        await RunPurgeAfterAsync(app, TimeSpan.FromDays(2));
        await using (var connection = await app.OpenAsync())
        {
            Assert.Equal([Kept], await connection.QueryAsync<string>("SELECT question FROM knowledge_answers"));
        }

        Assert.Equal(0L, await CountAsync(app, "knowledge_feedback"));
        var purged = Assert.Single(await app.Audit.ReadStreamAsync(AnswerLogPurgeHandler.AuditStream), e => e.Action == AnswerLogPurgeHandler.PurgedAction);
        Assert.Contains("\"answered\":1,\"unanswered\":1,\"feedback\":1", purged.DetailsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("社員食堂", purged.DetailsJson, StringComparison.Ordinal);

        // Once no longer kept, the next purge deletes it too.
        await app.InvokeAsync(UnansweredQuestionsCard.ReleaseVerb, new JsonObject { ["id"] = keptId }, Admin);
        await RunPurgeAfterAsync(app, TimeSpan.FromDays(1));
        Assert.Equal(0L, await CountAsync(app, "knowledge_answers"));
    }

    [Fact]
    public async Task Keep_ByNonAdmin_IsRefusedAndChangesNothing()
    {
        await using var app = new IncidentApp();
        var id = await AskAsync(app, Kept);

        var refused = await app.InvokeAsync(UnansweredQuestionsCard.KeepVerb, new JsonObject { ["id"] = id }, Officer);

        Assert.Equal(BotTexts.Get("Error_NotAuthorized", "ja-JP"), refused["value"]!.GetValue<string>());
        Assert.Equal(0L, await CountAsync(app, "knowledge_answers WHERE kept_by IS NOT NULL"));
        Assert.Empty(await app.Audit.ReadStreamAsync(AnswerLogPurgeHandler.AuditStream));
    }

    [Fact]
    public async Task UnansweredList_Admin_GetsAKeepButtonPerQuestionAndTheListLast()
    {
        await using var app = new IncidentApp();
        var id = await AskAsync(app, Kept);

        await app.MessageAsync("未回答", Admin);

        await EventuallyAsync(() => app.Connector.SentTo(Admin).Count >= 2, "the card and the list");
        var (card, list) = (app.Connector.SentTo(Admin)[^2], app.Connector.SentTo(Admin)[^1]);
        Assert.Contains(UnansweredQuestionsCard.KeepVerb, card, StringComparison.Ordinal);
        Assert.Contains(id, card, StringComparison.Ordinal);
        Assert.Contains("2026-08-30 に削除予定", card, StringComparison.Ordinal); // asked 1 June, 90 days
        Assert.Contains(Kept, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepCard_KeptAndNotKept_Is15AndIsWrittenForTheRenderer()
    {
        await using var app = new IncidentApp();
        var id = await AskAsync(app, Kept);
        await AskAsync(app, NotKept);

        var kept = await app.InvokeAsync(UnansweredQuestionsCard.KeepVerb, new JsonObject { ["id"] = id }, Admin, "en-US");

        var card = kept["value"]!.AsObject();
        Assert.Contains("Kept (管理者, 2026-06-01)", card.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Contains(UnansweredQuestionsCard.ReleaseVerb, card.ToJsonString(), StringComparison.Ordinal);
        await Support.CardFixtures.CheckAndWriteAsync(new Dictionary<string, JsonObject> { ["unanswered-keep-en"] = card });
    }

    [Fact]
    public async Task UnansweredList_PrivacyOfficer_GetsTheListWithoutKeepButtons()
    {
        await using var app = new IncidentApp();
        await AskAsync(app, Kept);

        await app.MessageAsync("未回答", Officer);

        await EventuallyAsync(() => app.Connector.SentTo(Officer).Any(b => b.Contains(Kept, StringComparison.Ordinal)), "the list");
        Assert.DoesNotContain(app.Connector.SentTo(Officer), b => b.Contains(UnansweredQuestionsCard.KeepVerb, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Purge_DueWhileStopped_RunsOnceAfterARestartOfTwoInstances()
    {
        using var directory = new Storage.SqliteTestDatabase();
        await using (var before = new IncidentApp(directory.Path))
        {
            await AskAsync(before, NotKept); // and stops with the 2 June purge pending
        }

        await using var a = new IncidentApp(directory.Path, Start.AddDays(91));
        await using var b = new IncidentApp(directory.Path, Start.AddDays(91));
        _ = (a.Services, b.Services); // both started: each worker looks for due timers at once
        var timers = a.Services.GetRequiredService<IDurableTimers>();
        DurableTimer? missed = null;
        await EventuallyAsync(() => (missed = timers.GetAsync("knowledge:answer-log-purge:2026-06-02").GetAwaiter().GetResult())?.Status == TimerStatus.Done,
            "the purge missed while stopped runs");

        Assert.Equal(1, missed!.Attempts);
        Assert.Equal(0L, await CountAsync(a, "knowledge_answers"));
        Assert.Single(await a.Audit.ReadStreamAsync(AnswerLogPurgeHandler.AuditStream));
        Assert.Equal(1L, await CountAsync(a, $"durable_timers WHERE kind = '{AnswerLogPurgeSchedule.Kind}' AND status = 'pending'"));
    }

    [Fact]
    public async Task Start_RetentionBelowOneDay_FailsNamingTheSetting()
    {
        await using var app = new IncidentApp().WithSetting("Knowledge:AnswerLogRetention", "00:00:00");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Knowledge:AnswerLogRetention", error.ToString(), StringComparison.Ordinal);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Asks as the reporter; returns the id of the bot's answer, the log row's key.</summary>
    internal static async Task<string> AskAsync(IncidentApp app, string question)
    {
        await app.MessageAsync(question, Reporter); // answered; the log is flushed after each post
        await using var connection = await app.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT activity_id FROM knowledge_answers WHERE question = @question", new { question })
            ?? throw new Xunit.Sdk.XunitException($"'{question}' was not logged");
    }

    private static async Task FeedbackAsync(IncidentApp app, string answerId)
    {
        var feedback = Activity("invoke", Reporter, "ja-JP");
        feedback["name"] = "message/submitAction";
        feedback["replyToId"] = answerId;
        feedback["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = """{"feedbackText":"too short"}""" },
        };
        await app.PostAsync(feedback);
    }

    /// <summary>Moves the clock, then waits until the purge due by then has run (its timer is done).</summary>
    internal static async Task RunPurgeAfterAsync(IncidentApp app, TimeSpan by)
    {
        var timers = app.Services.GetRequiredService<IDurableTimers>();
        string? key;
        await using (var connection = await app.OpenAsync())
        {
            key = await connection.ExecuteScalarAsync<string>(
                "SELECT timer_key FROM durable_timers WHERE kind = @Kind AND status = 'pending'", new { Kind = AnswerLogPurgeSchedule.Kind });
        }

        Assert.NotNull(key);
        app.Advance(by);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await timers.GetAsync(key))?.Status != TimerStatus.Done)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"The purge {key} did not run.");
            timers.Wake();
            await Task.Delay(25);
        }
    }

    internal static async Task<long> CountAsync(IncidentApp app, string from)
    {
        await using var connection = await app.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {from}");
    }
}
