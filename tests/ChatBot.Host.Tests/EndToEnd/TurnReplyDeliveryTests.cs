using System.Diagnostics;
using System.Net;
using ChatBot.Host.Outbox;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>
/// A turn's replies survive a flaky connector (issue 12, finding 4): retried within the turn, then delivered by the
/// durable outbox, in order, across a restart; never silently dropped. Real host, real tokens, recording connector.
/// </summary>
public sealed class TurnReplyDeliveryTests
{
    private const string ReportCommand = "漏えいかも";
    private const string FormVerb = "incidents.submit";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // The outbox keeps retrying through an outage in these tests instead of giving the row up after 8 fast attempts.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Outbox:MaxAttempts"] = "1000",
        ["Bot:Replies:RetryBudget"] = "00:00:05",
        ["Bot:Replies:MaxAttempts"] = "3",
    };

    [Fact]
    public async Task ReportCommand_ConnectorAnswers503Once_FormDeliveredWithinTheTurn()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        app.Connector.Answer(HttpStatusCode.ServiceUnavailable);

        await app.SendAsync(app.Activities.PersonalMessage(ReportCommand));

        Assert.Equal([503, 201], FormCalls(app).Select(c => c.Status));
        Assert.Equal(new OutboxCounts(0, 0, 0, 0), await CountsAsync(app));
    }

    [Fact]
    public async Task ReportCommand_Connector429WithRetryAfter1s_FormDeliveredWithinTheTurnAfterTheWait()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        _ = app.Server;
        app.Connector.Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        await app.SendAsync(app.Activities.PersonalMessage(ReportCommand));

        Assert.Equal([429, 201], FormCalls(app).Select(c => c.Status));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal(new OutboxCounts(0, 0, 0, 0), await CountsAsync(app));
    }

    [Fact]
    public async Task ReportCommand_Connector429BeyondTheBudget_HandedOverAtOnceNotBeforeRetryAfter()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        _ = app.Server;
        app.Connector.Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(60));
        var clock = Stopwatch.StartNew();

        await app.SendAsync(app.Activities.PersonalMessage(ReportCommand));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the turn waited {clock.Elapsed} for a Retry-After it could not afford");
        Assert.Equal([429], FormCalls(app).Select(c => c.Status));
        var (status, notBefore) = await ReadRowAsync(app.DatabasePath);
        Assert.Equal("pending", status);
        Assert.True(notBefore >= DateTimeOffset.UtcNow.AddSeconds(50), $"due at {notBefore:O}, before the connector's Retry-After");
    }

    [Fact]
    public async Task ReportCommand_ConnectorDown_TurnAnswers200AndTheOutboxDeliversAfterRecovery()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        _ = app.Server;
        app.Connector.StartOutage(HttpStatusCode.ServiceUnavailable);
        var clock = Stopwatch.StartNew();

        await app.SendAsync(app.Activities.PersonalMessage(ReportCommand));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"the turn took {clock.Elapsed}; Teams waits about 15 s");
        Assert.True(FormCalls(app).Count >= 3, "tried within the turn first");
        Assert.DoesNotContain(FormCalls(app), c => c.Delivered);

        app.Connector.EndOutage();

        await Eventually.TrueAsync(() => FormCalls(app).Any(c => c.Delivered), Patience, "the outbox delivers the form once the connector is back");
        await Eventually.TrueAsync(() => CountsAsync(app).GetAwaiter().GetResult() == new OutboxCounts(0, 0, 1, 0), Patience, "the row is recorded as sent");
        var delivered = Assert.Single(FormCalls(app), c => c.Delivered);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TeamsActivities.PersonalConversationId(TeamsActivities.AlexWilber))}/activities", delivered.Path);
        Assert.StartsWith("Bearer ", delivered.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCommand_ConnectorDownAcrossARestart_NextInstanceDeliversTheFormOnce()
    {
        var database = Path.Combine(Path.GetTempPath(), $"chatbot-e2e-replies-{Guid.NewGuid():N}.db");
        // A short lease, in case the stop catches a delivery attempt mid-flight and leaves its row claimed.
        var settings = new Dictionary<string, string?>(Settings) { ["Outbox:LeaseDuration"] = "00:00:03", ["Outbox:DeliveryTimeout"] = "00:00:02.500" };
        try
        {
            var first = new BotApplication(database, authenticated: true, settings: settings) { ShutdownTimeout = TimeSpan.FromMilliseconds(50) };
            _ = first.Server;
            first.Connector.StartOutage(HttpStatusCode.ServiceUnavailable);
            await first.SendAsync(first.Activities.PersonalMessage(ReportCommand));
            await first.DisposeAsync(); // still down when the host goes away

            Assert.DoesNotContain(FormCalls(first), c => c.Delivered);
            await using var second = new BotApplication(database, authenticated: true, settings: settings);
            _ = second.Server;

            await Eventually.TrueAsync(() => FormCalls(second).Any(c => c.Delivered), Patience, "the next instance delivers the stored reply");
            await Eventually.TrueAsync(() => CountsAsync(second).GetAwaiter().GetResult() == new OutboxCounts(0, 0, 1, 0), Patience, "recorded as sent");
            Assert.Single(FormCalls(second), c => c.Delivered);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            BotApplication.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task MessageWithMyNumber_WarningHandedOver_AnswerFollowsItInsteadOfOvertaking()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        _ = app.Server;
        var warning = BotTexts.Get("MyNumber_Masked", "ja-JP");
        for (var i = 0; i < 3; i++) app.Connector.Answer(HttpStatusCode.ServiceUnavailable); // every in-turn try of the warning

        await app.SendAsync(app.Activities.PersonalMessage("私の番号は 1234 5678 9018 です"));

        await Eventually.TrueAsync(() => CountsAsync(app).GetAwaiter().GetResult() == new OutboxCounts(0, 0, 2, 0), Patience, "both replies delivered by the outbox");
        var posts = app.Connector.Calls.Where(c => c.Method == HttpMethod.Post).ToList();
        Assert.Equal([503, 503, 503, 201, 201], posts.Select(c => c.Status));
        Assert.All(posts.Take(4), c => Assert.Equal(warning, c.Text));
        Assert.NotEqual(warning, posts[4].Text); // the answer: tried once, after the warning it must not overtake
    }

    [Fact]
    public async Task ReportCommand_ConnectorForbidden_NotRetriedNorQueued()
    {
        await using var app = new BotApplication(authenticated: true, settings: Settings);
        app.Connector.Answer(HttpStatusCode.Forbidden, errorCode: "MessageWritesBlocked");

        await app.SendAsync(app.Activities.PersonalMessage(ReportCommand));

        Assert.Equal([403], FormCalls(app).Select(c => c.Status));
        Assert.Equal(new OutboxCounts(0, 0, 0, 0), await CountsAsync(app));
    }

    private static List<ConnectorCall> FormCalls(BotApplication app) =>
        [.. app.Connector.Calls.Where(c => c.Method == HttpMethod.Post && c.Body.Contains(FormVerb, StringComparison.Ordinal))];

    private static Task<OutboxCounts> CountsAsync(BotApplication app) => app.Services.GetRequiredService<IOutboxAdmin>().CountsAsync();

    private static async Task<(string Status, DateTimeOffset NotBefore)> ReadRowAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, next_attempt_at FROM outbox";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no outbox row");
        return (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)));
    }
}
