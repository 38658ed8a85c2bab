using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// Local anonymous mode (no app id) after a restart (issue 19): the bot id is known before anyone writes, so a first
/// contact with someone who never wrote is not held back.
/// </summary>
public sealed class IncidentRestartBotIdTests
{
    [Fact]
    public async Task After_a_restart_without_any_activity_someone_who_never_wrote_is_reached()
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-incidents-botid-").FullName;
        var database = Path.Combine(directory, "bot.db");
        string reference;
        await using (var first = new IncidentApp(database))
        {
            reference = IncidentForms.Reference(IncidentForms.Card(await first.InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter)));
            await EventuallyAsync(() => first.Connector.SentTo(Manager).Any(b => b.Contains(reference)), "level 1 before the restart");
        }

        // No activity reaches the new instance: the id comes from the stored conversation references.
        await using var second = new IncidentApp(database, Start + TimeSpan.FromMinutes(31));
        second.Advance(TimeSpan.FromSeconds(1));
        await EventuallyAsync(() => second.Connector.SentTo(Boss).Any(b => b.Contains(reference)), "level 2 to the boss, who never wrote");
        Assert.Contains(second.Connector.Calls, c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && c.Body.Contains("28:bot", StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_configured_bot_id_is_used_from_the_start()
    {
        await using var app = new IncidentApp();
        app.WithSetting("Proactive:BotId", "28:configured");
        var identity = app.Services.GetService(typeof(ChatBot.Host.Proactive.BotIdentity)) as ChatBot.Host.Proactive.BotIdentity;
        Assert.Equal("28:configured", identity!.BotId);
    }
}
