using System.Net;
using ChatBot.Domain.Audit;
using ChatBot.Host.Audit;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Support;
using ChatBot.Host.Tests.Timers;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Audit;

/// <summary>A new database is a loud event: a warning, a degraded health check and the audit trail's genesis.</summary>
public sealed class DatabaseGenesisTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Start_DatabaseDeletedWhileStopped_WarnsDegradesHealthAndVerifyAuditNamesTheNewDatabase()
    {
        await using (var before = new BotApplication(_database.Path))
        {
            await before.SendAsync(before.Activities.PersonalMessage("help"));
        }

        SqliteConnection.ClearAllPools();
        BotApplication.DeleteDatabase(_database.Path);
        await using var app = new BotApplication(_database.Path);

        var health = await app.CreateClient().GetAsync("/health/ready");
        var body = await health.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"Degraded\"", body, StringComparison.Ordinal);
        Assert.Contains("A new, empty database was created", body, StringComparison.Ordinal);
        Assert.Contains(_database.Path, body, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("created a new, empty one", StringComparison.Ordinal) && l.Contains(_database.Path, StringComparison.Ordinal));

        await app.SendAsync(app.Activities.PersonalMessage("監査検証")); // Alex Wilber is an admin in the sample organization
        var reply = app.Connector.Calls[^1].Text!;
        Assert.Contains("監査証跡は正常です：1件", reply, StringComparison.Ordinal);
        Assert.Contains("データベース新規作成から始まります", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ExistingDatabase_HealthyAndStillOneGenesis()
    {
        await using (var first = new BotApplication(_database.Path))
        {
            Assert.Contains("Degraded", await (await first.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var app = new BotApplication(_database.Path);

        var body = await (await app.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("created a new, empty one", StringComparison.Ordinal));
        var genesis = Assert.Single(await app.Services.GetRequiredService<IAuditTrail>().ReadStreamAsync(AuditGenesis.Stream));
        Assert.Equal((1L, AuditGenesis.Created), (genesis.Sequence, genesis.Action));
    }

    [Fact]
    public async Task VerifyAudit_TrailEmptied_ReportsTheMissingGenesis()
    {
        await using var app = new BotApplication(_database.Path);
        await app.SendAsync(app.Activities.PersonalMessage("help"));
        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.ExecuteAsync("DELETE FROM audit_events");
        }

        await app.SendAsync(app.Activities.PersonalMessage("verify audit", locale: "en-US"));

        var reply = app.Connector.Calls[^1].Text!;
        Assert.Contains("Audit trail BROKEN at sequence 1 (MissingGenesis)", reply, StringComparison.Ordinal);
        Assert.Contains("emptied", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAudit_EventsAppendedAfterTheTrailWasEmptied_ReportsTheMissingGenesis()
    {
        await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.StartAsync();
        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_events");
        }

        // The next event starts a new chain at 1 that verifies on its own; only the genesis record knows better.
        await host.Audit.AppendAsync("s:1", "u1", "x.happened", null);

        Assert.True((await host.Audit.VerifyAsync()).IsValid);
        var result = await host.Services.GetRequiredService<DatabaseGenesis>().VerifyAsync(default);
        Assert.False(result.IsValid);
        Assert.Equal(AuditBreakKind.MissingGenesis, result.FirstBreak!.Kind);
    }

    [Fact]
    public async Task Start_TrailWithoutGenesis_AdoptsItOnceAfterTheExistingEvents()
    {
        await using (var older = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time))
        {
            await older.MigrateAsync(); // as a version without genesis events left it
            await AuditTrailTests.AppendSampleAsync(older.Audit, _time);
        }

        for (var restart = 0; restart < 2; restart++)
        {
            await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
            await host.StartAsync();

            var genesis = Assert.Single(await host.Audit.ReadStreamAsync(AuditGenesis.Stream));
            Assert.Equal((5L, AuditGenesis.Adopted), (genesis.Sequence, genesis.Action));
            Assert.Contains("\"eventsBefore\":4", genesis.DetailsJson, StringComparison.Ordinal);
            var result = await host.Services.GetRequiredService<DatabaseGenesis>().VerifyAsync(default);
            Assert.True(result.IsValid, result.Describe());
            Assert.Contains("after 4 earlier events", result.Describe(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Start_SeveralInstancesOnANewDatabase_OneGenesisAsEventOne()
    {
        var hosts = Enumerable.Range(0, 3).Select(i => new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time, $"i{i}")).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => Task.Run(h.StartAsync)));

            var genesis = Assert.Single(await hosts[0].Audit.ReadStreamAsync(AuditGenesis.Stream));
            Assert.Equal((1L, AuditGenesis.Created), (genesis.Sequence, genesis.Action));
            Assert.Single(hosts, h => h.Services.GetRequiredService<DatabaseCreation>().CreatedAt is not null);
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Cli_VerifyAudit_NewDatabaseThenEmptied_ExitsZeroThenOne()
    {
        await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        var output = new StringWriter();

        Assert.True(AuditCli.TryRun(["verify-audit"], host.Services, output, out var fresh));
        Assert.Equal(0, fresh);
        Assert.Contains("begins with the database's creation", output.ToString(), StringComparison.Ordinal);

        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_events");
        }

        Assert.True(AuditCli.TryRun(["verify-audit"], host.Services, output, out var emptied));
        Assert.Equal(1, emptied);
        Assert.Contains("MissingGenesis", output.ToString(), StringComparison.Ordinal);
    }
}
