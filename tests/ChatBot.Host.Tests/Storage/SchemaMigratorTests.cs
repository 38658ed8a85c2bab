using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Tests.Storage;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryScriptAndRecordsIt()
    {
        using var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString);

        var applied = await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);

        var expected = MigrationCatalog.Load(SqlDialect.Sqlite).Select(s => s.Version).ToList();
        Assert.Equal(expected, applied);
        await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var rows = (await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_migrations")).ToList();
        Assert.Contains((1L, "initial"), rows);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_IsNoOp()
    {
        using var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString);
        var migrator = host.Services.GetRequiredService<SchemaMigrator>();
        await migrator.MigrateAsync(default);

        Assert.Empty(await migrator.MigrateAsync(default));
    }

    [Fact]
    public async Task MigrateAsync_SeveralInstancesAtOnce_AppliesOnce()
    {
        var hosts = Enumerable.Range(0, 4).Select(_ => StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString)).ToList();

        var results = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default))));

        Assert.Equal(MigrationCatalog.Load(SqlDialect.Sqlite).Count, results.Sum(r => r.Count));
        hosts.ForEach(h => h.Dispose());
    }

    [Fact]
    public async Task StartAsync_Host_RunsMigrationsBeforeServing()
    {
        using var host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString);

        await host.StartAsync();

        Assert.Empty(await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddStorage_NoConnectionString_UsesDataFolderUnderContentRoot()
    {
        var root = Directory.CreateTempSubdirectory("chatbot-root-").FullName;
        try
        {
            using (var host = StorageTestServices.Build(StorageProvider.Sqlite, connectionString: null, contentRoot: root))
            {
                await host.StartAsync();
                await host.StopAsync();
            }

            Assert.True(File.Exists(Path.Combine(root, "data", "chatbot.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_BothProviders_HaveTheSameVersions()
    {
        var sqlite = MigrationCatalog.Load(SqlDialect.Sqlite).Select(s => (s.Version, s.Name));
        var postgres = MigrationCatalog.Load(SqlDialect.Postgres).Select(s => (s.Version, s.Name));

        Assert.Equal(sqlite, postgres);
        Assert.NotEmpty(sqlite);
    }
}
