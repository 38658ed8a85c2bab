using System.Net;
using Dapper;
using static ChatBot.Host.Tests.Incidents.IncidentApp;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// Issue 19 on incidents: two instances on PostgreSQL, the connector throttling (429) and failing (503) the
/// level-1 manager, one instance gone mid-way: every report reaches level 1, the manager's messages arrive in queue
/// order, and level 2 is never told before level 1 was told and had its time.
/// </summary>
public sealed class IncidentPostgresEscalationOrderTests : IAsyncLifetime
{
    private static readonly TimeSpan Mandatory = TimeSpan.FromMinutes(30);
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.InitializeAsync();

    public Task DisposeAsync() => PostgresDatabase.ServerConnectionString is null ? Task.CompletedTask : _database.DisposeAsync();

    [PostgresFact]
    public async Task Level_two_never_before_level_one_with_throttling_failures_and_an_instance_gone()
    {
        var a = new IncidentApp(postgres: _database.ConnectionString);
        await using var b = new IncidentApp(postgres: _database.ConnectionString);
        var refusals = 0;
        HttpStatusCode? Connector(string path, string body) =>
            path.Contains($"created-{Manager}", StringComparison.Ordinal) || (path.EndsWith("/v3/conversations", StringComparison.Ordinal) && body.Contains(Manager, StringComparison.Ordinal))
                ? (Interlocked.Increment(ref refusals) % 2 == 0 ? HttpStatusCode.TooManyRequests : HttpStatusCode.ServiceUnavailable)
                : null;
        a.Connector.Refuse = Connector;
        b.Connector.Refuse = Connector;
        await a.MessageAsync("ヘルプ", Outsider);
        await b.MessageAsync("ヘルプ", Outsider);

        var filings = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? a : b).InvokeAsync("incidents.submit", IncidentForms.Valid(viewable: true), Reporter));
        var references = (await Task.WhenAll(filings)).Select(r => IncidentForms.Reference(IncidentForms.Card(r))).ToList();
        await EventuallyAsync(() => a.Connector.Refused + b.Connector.Refused > 0, "level 1 tried and refused", timeoutMs: 30000);

        // Level 2's timers fall due while level 1 is still refused; then A goes away.
        a.Advance(Mandatory + TimeSpan.FromMinutes(1));
        b.Advance(Mandatory + TimeSpan.FromMinutes(1));
        await Task.Delay(1000);
        await a.DisposeAsync();
        Assert.Empty(a.Connector.SentTo(Boss));
        Assert.Empty(b.Connector.SentTo(Boss));

        // The connector takes the manager's messages again: B tells level 1 (past any lease A left), then waits its time.
        b.Connector.Refuse = null;
        for (var i = 0; i < 40 && !references.All(r => b.Connector.SentTo(Manager).Any(x => x.Contains(r))); i++)
        {
            b.Advance(TimeSpan.FromSeconds(15));
            await Task.Delay(250);
        }

        Assert.All(references, r => Assert.Contains(b.Connector.SentTo(Manager), x => x.Contains(r)));
        b.Advance(Mandatory - TimeSpan.FromMinutes(5));
        await Task.Delay(1000);
        Assert.Empty(b.Connector.SentTo(Boss));

        b.Advance(TimeSpan.FromMinutes(10));
        await EventuallyAsync(() => references.All(r => b.Connector.SentTo(Boss).Any(x => x.Contains(r))), "level 2 for every report", timeoutMs: 30000);

        // The manager's messages arrived in the order they were queued.
        await using var connection = await b.OpenAsync();
        var queued = (await connection.QueryAsync<string>(
            "SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'incident:%:escalate:1:aad-manager' ORDER BY seq")).ToList();
        var expected = queued.Select(k => references.Single(r => k.Contains($":{r}:", StringComparison.Ordinal))).ToList();
        var delivered = b.Connector.SentTo(Manager).Select(x => references.SingleOrDefault(r => x.Contains(r) && x.Contains("新しい漏えい等の報告"))).OfType<string>().ToList();
        Assert.Equal(expected, delivered);
        Assert.Equal(6L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_events WHERE action = 'incident.escalated' AND details LIKE '%\"level\":2%'"));
    }
}
