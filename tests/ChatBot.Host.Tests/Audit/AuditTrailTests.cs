using ChatBot.Domain.Audit;
using ChatBot.Host.Audit;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;
using ChatBot.Host.Tests.Timers;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Audit;

public sealed class AuditTrailTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private async Task<SharedTestHost> HostAsync()
    {
        var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        await host.MigrateAsync();
        return host;
    }

    internal static async Task AppendSampleAsync(IAuditTrail audit, TimeProvider time)
    {
        await audit.AppendAsync("incident:INC-2026-0001", "u1", "incident.reported", new { summary = "USB紛失" });
        (time as FakeTimeProvider)?.Advance(TimeSpan.FromSeconds(1));
        await audit.AppendAsync("inspection:FY2026-Q3:hr:u2", "u2", "inspection.answered", new { item = 3, answer = "no" });
        await audit.AppendAsync("incident:INC-2026-0001", AuditActors.System, "incident.escalated", new { level = 2 });
        await audit.AppendAsync("incident:INC-2026-0001", "u3", "incident.acknowledged", null);
    }

    [Fact]
    public async Task Append_ThenReadStream_InOrderWithChainedHashes()
    {
        await using var host = await HostAsync();
        await AppendSampleAsync(host.Audit, _time);

        var events = await host.Audit.ReadStreamAsync("incident:INC-2026-0001");
        Assert.Equal(["incident.reported", "incident.escalated", "incident.acknowledged"], events.Select(e => e.Action));
        Assert.Equal([1L, 3, 4], events.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, events[0].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.Equal(_time.GetUtcNow(), events[2].OccurredAt);
        Assert.Equal("{\"summary\":\"USB紛失\"}", events[0].DetailsJson);
        Assert.Equal("{}", events[2].DetailsJson);
        Assert.All(events, e => Assert.Equal(AuditHash.Compute(e), e.Hash));
    }

    [Fact]
    public async Task Append_DetailsWithMyNumber_StoredMasked()
    {
        await using var host = await HostAsync();
        await host.Audit.AppendAsync("incident:INC-2026-0002", "u1", "incident.reported", new { note = "番号は 1234-5678-9018 でした", nested = new { n = "123456789018" } });
        await using var connection = await host.OpenAsync();
        var stored = await connection.ExecuteScalarAsync<string>("SELECT details FROM audit_events");
        Assert.DoesNotContain("5678", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789018", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Intact_Valid()
    {
        await using var host = await HostAsync();
        Assert.True((await host.Audit.VerifyAsync()).IsValid);
        await AppendSampleAsync(host.Audit, _time);
        var result = await host.Audit.VerifyAsync();
        Assert.True(result.IsValid, result.Describe());
        Assert.Equal(4, result.CheckedCount);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET details = '{\"summary\":\"none\"}' WHERE seq = 2")]
    [InlineData("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2")]
    [InlineData("UPDATE audit_events SET occurred_at = occurred_at + 1 WHERE seq = 2")]
    public async Task Verify_RowEditedWithRawSql_BrokenAtItsSequence(string tamper)
    {
        await using var host = await HostAsync();
        await AppendSampleAsync(host.Audit, _time);
        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync(tamper);
        }

        var result = await host.Audit.VerifyAsync();
        Assert.False(result.IsValid);
        Assert.Equal(2, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Edited, result.FirstBreak.Kind);
    }

    [Fact]
    public async Task Verify_RowDeleted_Detected()
    {
        await using var host = await HostAsync();
        await AppendSampleAsync(host.Audit, _time);
        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_events WHERE seq = 2");
        }

        var result = await host.Audit.VerifyAsync();
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Deleted, result.FirstBreak.Kind);
    }

    [Fact]
    public async Task Verify_WholeStreamDeleted_Detected()
    {
        await using var host = await HostAsync();
        await AppendSampleAsync(host.Audit, _time);
        await host.Audit.AppendAsync("action:CA-2026-0001", "u1", "corrective-action.created", null);
        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_events WHERE stream = 'inspection:FY2026-Q3:hr:u2'");
        }

        Assert.Equal(3, (await host.Audit.VerifyAsync()).FirstBreak!.Sequence);
    }

    [Fact]
    public async Task Append_ConcurrentTasks_ValidChainWithoutGaps()
    {
        await using var host = await HostAsync();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            host.Audit.AppendAsync($"s:{i % 4}", $"u{i}", "x.happened", new { i }))));
        var result = await host.Audit.VerifyAsync();
        Assert.True(result.IsValid, result.Describe());
        Assert.Equal(40, result.CheckedCount);
    }

    [Fact]
    public async Task Append_OnCallersTransactionRolledBack_NothingStored()
    {
        await using var host = await HostAsync();
        await using (var connection = await host.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await host.Audit.AppendAsync("s:1", "u1", "x.happened", null, connection, transaction);
            await transaction.RollbackAsync();
        }

        await host.Audit.AppendAsync("s:1", "u1", "x.happened", null);
        var events = await host.Audit.ReadStreamAsync("s:1");
        Assert.Equal(1, Assert.Single(events).Sequence);
    }

    [Fact]
    public async Task Cli_VerifyAudit_ExitCodeAndMessage()
    {
        await using var host = new SharedTestHost(StorageProvider.Sqlite, _database.ConnectionString, _time);
        var output = new StringWriter();
        Assert.False(AuditCli.TryRun(["--urls", "http://x"], host.Services, output, out _));
        Assert.True(AuditCli.TryRun(["verify-audit"], host.Services, output, out var ok)); // migrates a fresh database
        Assert.Equal(0, ok);

        await AppendSampleAsync(host.Audit, _time);
        await using (var connection = await host.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_events WHERE seq = 1");
        }

        Assert.True(AuditCli.TryRun(["verify-audit"], host.Services, output, out var broken));
        Assert.Equal(1, broken);
        Assert.Contains("BROKEN at sequence 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AuditCode_HasNoUpdateOrDeleteOfTheTable()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../bot"));
        var touching = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("audit_events", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(touching, f => f.EndsWith("AuditTrail.cs", StringComparison.Ordinal)); // the scan saw the code
        var offenders = touching
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\b(UPDATE\s+audit_events|DELETE\s+FROM\s+audit_events)\b",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .ToList();
        Assert.Empty(offenders);
    }
}
