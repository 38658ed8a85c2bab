using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Timers;
using ChatBot.Protocol.Schema;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Proactive;

/// <summary>
/// Keeping a recipient's latest card current, on the outbox rows themselves (no worker runs here): a copy not yet
/// delivered goes out current instead, a delivered one gets one PUT per change, and the actor's copy is left alone.
/// </summary>
public sealed class CardCopiesTests : IDisposable
{
    private const string Card = "incident:INC-2026-0007";
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private static Activity Text(string text) => MessageBuilder.Text(text).Build();

    private static Task<Activity?> View(string recipient, string text) => Task.FromResult<Activity?>(Text($"{text} for {recipient}"));

    [Fact]
    public async Task A_copy_not_yet_delivered_is_sent_current_and_a_delivered_one_is_updated_once_per_change()
    {
        await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.MigrateAsync();
        var messenger = host.Services.GetRequiredService<ProactiveMessenger>();
        var copies = host.Services.GetRequiredService<CardCopies>();
        await using var connection = await host.OpenAsync();

        Assert.True(await messenger.SendCardCopyAsync(await messenger.RecipientAsync("hr-owner", CancellationToken.None), Text("v1"), "first", Card, CancellationToken.None));
        Assert.Equal(1, await copies.UpdateAsync(Card, "v2", null, (r, _) => View(r, "v2"), CancellationToken.None));
        var pending = await connection.QuerySingleAsync<(string Kind, string Payload)>("SELECT kind, payload FROM outbox");
        Assert.Equal("createAndSend", pending.Kind);
        Assert.Contains("v2 for hr-owner", pending.Payload, StringComparison.Ordinal);

        // Delivered into a conversation the outbox created.
        await connection.ExecuteAsync("UPDATE outbox SET status = 'sent', result_activity_id = 'act-9', result_conversation_id = 'a:created-1'");
        Assert.Equal(1, await copies.UpdateAsync(Card, "v3", null, (r, _) => View(r, "v3"), CancellationToken.None));
        Assert.Equal(1, await copies.UpdateAsync(Card, "v3", null, (r, _) => View(r, "v3"), CancellationToken.None)); // a retry of the same change
        var update = await connection.QuerySingleAsync<(string ConversationId, string ActivityId, string Payload)>(
            "SELECT conversation_id, activity_id, payload FROM outbox WHERE kind = 'update'");
        Assert.Equal(("a:created-1", "act-9"), (update.ConversationId, update.ActivityId));
        Assert.Contains("v3 for hr-owner", update.Payload, StringComparison.Ordinal);
        // The address is kept, so the next change goes straight to the message without asking the outbox again.
        Assert.Equal(("a:created-1", "act-9"), await connection.QuerySingleAsync<(string, string)>("SELECT conversation_id, activity_id FROM card_copies"));
    }

    [Fact]
    public async Task The_card_a_user_acted_on_becomes_their_copy_and_the_actor_is_left_out()
    {
        await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.MigrateAsync();
        var messenger = host.Services.GetRequiredService<ProactiveMessenger>();
        var copies = host.Services.GetRequiredService<CardCopies>();
        await using var connection = await host.OpenAsync();
        await messenger.SendCardCopyAsync(await messenger.RecipientAsync("hr-manager", CancellationToken.None), Text("v1"), "to-manager", Card, CancellationToken.None);
        await copies.RememberShownAsync(Card, "hr-owner", "https://smba.example/", "a:personal-owner", "msg-5", CancellationToken.None);

        // The manager acts: only the owner's copy (the message they clicked) is updated.
        Assert.Equal(1, await copies.UpdateAsync(Card, "v2", "HR-MANAGER", (r, _) => View(r, "v2"), CancellationToken.None));
        var update = await connection.QuerySingleAsync<(string ServiceUrl, string ConversationId, string ActivityId)>(
            "SELECT service_url, conversation_id, activity_id FROM outbox WHERE kind = 'update'");
        Assert.Equal(("https://smba.example/", "a:personal-owner", "msg-5"), update);
        Assert.Contains("v1", await connection.ExecuteScalarAsync<string>("SELECT payload FROM outbox WHERE kind = 'createAndSend'"), StringComparison.Ordinal);

        // A copy in flight right now, or dead, keeps its state (its actions still check the version).
        await connection.ExecuteAsync("UPDATE outbox SET status = 'in_flight' WHERE kind = 'createAndSend'");
        Assert.Equal(1, await copies.UpdateAsync(Card, "v3", null, (r, _) => View(r, "v3"), CancellationToken.None));
        Assert.Equal(0, await copies.UpdateAsync(Card, "v4", null, (r, _) => Task.FromResult<Activity?>(null), CancellationToken.None));
    }
}
