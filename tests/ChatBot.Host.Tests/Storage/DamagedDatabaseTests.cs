using ChatBot.Host.Hosting;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using ChatBot.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Tests.Storage;

/// <summary>A damaged SQLite file stops the start with a message naming it and an exit code, never an abort.</summary>
public sealed class DamagedDatabaseTests : IDisposable
{
    private const int PageSize = 4096;
    private const int Aborted = 134; // 128 + SIGABRT: what an exception escaping Main ends with on Linux
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Start_HeaderOverwritten_ExitsWithDamagedDatabaseCodeNamingTheFile()
    {
        await CreateAsync();
        Overwrite(offset: 0, length: 100);

        var outcome = await HostProcess.RunAsync(_database.Path, Deadline);

        Assert.NotEqual(Aborted, outcome.ExitCode);
        Assert.True(outcome.ExitCode == HostExit.DamagedDatabase, $"exit {outcome.ExitCode}\n{outcome.StandardError}\n{outcome.StandardOutput}");
        Assert.Contains(_database.Path, outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PagesInTheMiddleScrambled_ExitsWithDamagedDatabaseCodeNamingTheFile()
    {
        var pages = await CreateAsync();
        Overwrite(offset: pages / 2 * PageSize, length: 3 * PageSize);

        var outcome = await HostProcess.RunAsync(_database.Path, Deadline);

        Assert.True(outcome.ExitCode == HostExit.DamagedDatabase, $"exit {outcome.ExitCode}\n{outcome.StandardError}\n{outcome.StandardOutput}");
        Assert.Contains(_database.Path, outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("is damaged", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PagesScrambled_ThrowsDamagedDatabaseBeforeMigrating()
    {
        var pages = await CreateAsync();
        Overwrite(offset: pages / 2 * PageSize, length: 3 * PageSize);
        using var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString);

        var error = await Assert.ThrowsAsync<DamagedDatabaseException>(() => host.StartAsync());

        Assert.Equal(_database.Path, error.Location);
        Assert.Contains(_database.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_IntactDatabase_Starts()
    {
        await CreateAsync();
        using var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString);

        await host.StartAsync();

        await host.StopAsync();
    }

    /// <summary>A migrated database, written back from the WAL into the main file; returns its page count.</summary>
    private async Task<int> CreateAsync()
    {
        using (var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString))
        {
            await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);
        }

        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        SqliteConnection.ClearAllPools();
        var pages = (int)(new FileInfo(_database.Path).Length / PageSize);
        Assert.True(pages > 10, $"only {pages} pages");
        return pages;
    }

    // Seeded: the same garbage every run.
    private void Overwrite(int offset, int length)
    {
        var garbage = new byte[length];
        new Random(20261203).NextBytes(garbage);
        using var file = new FileStream(_database.Path, FileMode.Open, FileAccess.Write);
        file.Seek(offset, SeekOrigin.Begin);
        file.Write(garbage);
    }
}
