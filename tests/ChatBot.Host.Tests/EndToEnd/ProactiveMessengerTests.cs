using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Net;
using ChatBot.Host.Outbox;
using ChatBot.Host.Proactive;
using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Tests.Support;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>Proactive messages through the durable outbox and the (fake) Bot Connector, over the real host.</summary>
public sealed class ProactiveMessengerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SendToUser_UserTalkedBefore_DeliveredToTheirConversation()
    {
        await using var app = new BotApplication();
        await FirstContactAsync(app);

        Assert.True(await SendAsync(app, "お知らせ 1"));

        await Eventually.TrueAsync(() => Delivered(app, "お知らせ 1") == 1, Patience, "the proactive message is delivered");
        var call = Assert.Single(app.Connector.Sends("お知らせ 1"));
        Assert.Equal($"/_connector/v3/conversations/{Uri.EscapeDataString(TeamsActivities.PersonalConversationId(TeamsActivities.AlexWilber))}/activities", call.Path);
    }

    [Fact]
    public async Task SendToUser_NeverTalkedAndNoTenant_ReturnsFalse()
    {
        await using var app = new BotApplication();
        _ = app.Server;

        Assert.False(await SendAsync(app, "誰にも届かない", TeamsActivities.MeganBowen));
    }

    [Fact]
    public async Task SendToUser_ConnectorThrottles_DeliveredOnceAfterRetryAfter()
    {
        await using var app = new BotApplication();
        await FirstContactAsync(app);
        app.Connector.Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        await SendAsync(app, "throttled");

        await Eventually.TrueAsync(() => Delivered(app, "throttled") == 1, Patience, "delivered after the 429");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {clock.Elapsed}, before Retry-After");
        await Task.Delay(300);
        var attempts = app.Connector.Sends("throttled");
        Assert.Equal([429, 201], attempts.Select(c => c.Status));
    }

    [Fact]
    public async Task SendToUser_ThrottledMoreTimesThanMaxAttempts_DeliveredOnce()
    {
        await using var app = new BotApplication(settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "2" });
        await FirstContactAsync(app);
        for (var i = 0; i < 3; i++) app.Connector.Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromMilliseconds(100));

        await SendAsync(app, "fan-out");

        await Eventually.TrueAsync(() => Delivered(app, "fan-out") == 1, Patience, "delivered after three 429s");
        await Task.Delay(300);
        Assert.Equal([429, 429, 429, 201], app.Connector.Sends("fan-out").Select(c => c.Status));
    }

    [Fact]
    public async Task SendToUser_ServiceUnavailableTwice_DeliveredOnce()
    {
        await using var app = new BotApplication();
        await FirstContactAsync(app);
        app.Connector.Answer(HttpStatusCode.ServiceUnavailable);
        app.Connector.Answer(HttpStatusCode.ServiceUnavailable);

        await SendAsync(app, "flaky");

        await Eventually.TrueAsync(() => Delivered(app, "flaky") == 1, Patience, "delivered after two 503s");
        await Task.Delay(300);
        Assert.Equal([503, 503, 201], app.Connector.Sends("flaky").Select(c => c.Status));
    }

    [Fact]
    public async Task SendToUser_Forbidden_DeadThenAdminRetryDelivers()
    {
        await using var app = new BotApplication();
        await FirstContactAsync(app);
        app.Connector.Answer(HttpStatusCode.Forbidden, errorCode: "MessageWritesBlocked");
        var admin = app.Services.GetRequiredService<IOutboxAdmin>();

        await SendAsync(app, "blocked");

        IReadOnlyList<OutboxMessage> dead = [];
        await Eventually.TrueAsync(() => (dead = admin.ListDeadAsync(10).GetAwaiter().GetResult()).Count == 1, Patience, "the row goes dead");
        Assert.Equal(0, Delivered(app, "blocked"));
        Assert.Contains("403", dead[0].LastError, StringComparison.Ordinal);

        Assert.True(await admin.RetryAsync(dead[0].Id));

        await Eventually.TrueAsync(() => Delivered(app, "blocked") == 1, Patience, "the admin retry delivers");
        Assert.Empty(await admin.ListDeadAsync(10));
    }

    [Fact]
    public async Task SendToUser_HostRestartsMidDelivery_NewInstanceDeliversExactlyOnce()
    {
        var database = Path.Combine(Path.GetTempPath(), $"chatbot-e2e-restart-{Guid.NewGuid():N}.db");
        var shortLease = new Dictionary<string, string?>
        {
            ["Outbox:LeaseDuration"] = "00:00:03",
            ["Outbox:DeliveryTimeout"] = "00:00:02.500",
        };
        try
        {
            // Stops without waiting for the hung send, as a crash would: the row keeps its claim until the lease expires.
            var first = new BotApplication(database, settings: shortLease) { ShutdownTimeout = TimeSpan.FromMilliseconds(50) };
            await FirstContactAsync(first);
            first.Connector.Hang();
            await SendAsync(first, "survives a crash");
            await Eventually.TrueAsync(() => first.Connector.Sends("survives a crash").Count == 1, Patience, "the first instance claimed and started sending");
            await first.DisposeAsync(); // the send never finished: the row stays claimed
            var claimed = await ReadStatusAsync(database);
            Assert.Equal("in_flight", claimed);

            await using var second = new BotApplication(database, settings: shortLease);
            _ = second.Server;

            await Eventually.TrueAsync(() => Delivered(second, "survives a crash") == 1, Patience, "the new instance delivers after the lease expires");
            await Task.Delay(500);
            Assert.Single(second.Connector.Sends("survives a crash"));
            Assert.Equal(0, Delivered(first, "survives a crash"));
            var counts = await second.Services.GetRequiredService<IOutboxAdmin>().CountsAsync();
            Assert.Equal(new OutboxCounts(0, 0, 1, 0), counts);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            BotApplication.DeleteDatabase(database);
        }
    }

    private static async Task<string?> ReadStatusAsync(string database)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM outbox";
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task FirstContactAsync(BotApplication app)
    {
        await app.SendAsync(app.Activities.PersonalMessage("こんにちは"));
    }

    private static Task<bool> SendAsync(BotApplication app, string text, string user = TeamsActivities.AlexWilber) =>
        app.Services.GetRequiredService<ProactiveMessenger>().SendToUserAsync(
            user, MessageBuilder.Text(text).Build(), dedupeKey: $"e2e-{Guid.NewGuid():N}", CancellationToken.None);

    private static int Delivered(BotApplication app, string text) => app.Connector.Sends(text).Count(c => c.Delivered);
}
