using Dapper;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>Two instances on one PostgreSQL database: unique references and each escalation level sent once.</summary>
public sealed class IncidentPostgresTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.InitializeAsync();

    public Task DisposeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.DisposeAsync();

    [PostgresFact]
    public async Task Two_instances_number_uniquely_and_do_not_double_send()
    {
        await using var a = new IncidentApp(postgres: _database.ConnectionString);
        await using var b = new IncidentApp(postgres: _database.ConnectionString);
        await a.MessageAsync("ヘルプ", Outsider); // both learn the bot's id (and migrate) before the race
        await b.MessageAsync("ヘルプ", Outsider);

        var filings = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? a : b).InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter));
        var references = (await Task.WhenAll(filings)).Select(r => IncidentForms.Reference(IncidentForms.Card(r))).ToList();
        Assert.Equal(6, references.Distinct().Count());

        int Level1(string reference) => a.Connector.SentTo(Manager).Count(x => x.Contains(reference) && x.Contains("新しい漏えい等の報告"))
            + b.Connector.SentTo(Manager).Count(x => x.Contains(reference) && x.Contains("新しい漏えい等の報告"));
        await EventuallyAsync(() => references.All(r => Level1(r) >= 1), "level 1 for every report", timeoutMs: 30000);

        a.Advance(TimeSpan.FromMinutes(31));
        b.Advance(TimeSpan.FromMinutes(31));
        int Level2(string reference) => a.Connector.SentTo(Boss).Count(x => x.Contains(reference)) + b.Connector.SentTo(Boss).Count(x => x.Contains(reference));
        await EventuallyAsync(() => references.All(r => Level2(r) >= 1), "level 2 for every report", timeoutMs: 30000);
        await Task.Delay(500);
        Assert.All(references, r => Assert.Equal(1, Level1(r)));
        Assert.All(references, r => Assert.Equal(1, Level2(r)));

        await using var connection = await a.OpenAsync();
        Assert.Equal(6L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_events WHERE action = 'incident.escalated' AND details LIKE '%\"level\":2%'"));
    }
}
