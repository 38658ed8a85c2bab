using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Storage.Migrations;

/// <summary>
/// Applies pending migrations, one transaction each. Safe when several instances start at once:
/// on PostgreSQL every transaction first takes an advisory lock; on SQLite <c>BEGIN IMMEDIATE</c>
/// serializes writers. Either way the applied check happens under the lock, so a version runs once, and the one
/// instance that applies the first script is the one that created the database (<see cref="DatabaseCreation"/>).
/// </summary>
internal sealed class SchemaMigrator(
    IDbConnectionFactory connections, DatabaseCreation creation, TimeProvider timeProvider, ILogger<SchemaMigrator> logger)
{
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at BIGINT NOT NULL)
        """;

    /// <summary>Applies what is missing; returns the versions this call applied.</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(MigrationCatalog.Load(connections.Dialect), cancellationToken);

    public async Task<IReadOnlyList<int>> MigrateAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        var applied = new List<int>();
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (connections.Dialect.Provider == StorageProvider.Sqlite)
            {
                // WAL lets readers proceed while the outbox worker writes; the mode persists in the file.
                await connection.ExecuteAsync("PRAGMA journal_mode = WAL").ConfigureAwait(false);
            }

            foreach (var script in scripts)
            {
                if (await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false))
                {
                    if (applied.Count == 0 && script == scripts[0])
                    {
                        creation.Record(timeProvider.GetUtcNow());
                        Log.DatabaseCreated(logger, connections.Location);
                    }

                    applied.Add(script.Version);
                    Log.MigrationApplied(logger, script.Version, script.Name);
                }
            }
        }

        return applied;
    }

    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (connections.Dialect.MigrationLockSql is { } lockSql)
            {
                await connection.ExecuteAsync(lockSql, transaction: transaction).ConfigureAwait(false);
            }

            await connection.ExecuteAsync(CreateTableSql, transaction: transaction).ConfigureAwait(false);
            var done = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version",
                new { script.Version },
                transaction).ConfigureAwait(false);
            if (done > 0)
            {
                return false;
            }

            await connection.ExecuteAsync(
                new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = DbTime.ToDb(timeProvider.GetUtcNow()) },
                transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }
}
