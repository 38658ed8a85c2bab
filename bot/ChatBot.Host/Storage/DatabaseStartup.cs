using ChatBot.Host.Storage.Migrations;

namespace ChatBot.Host.Storage;

/// <summary>
/// What happens before anything else touches the database, for the host and the <c>verify-audit</c> command alike:
/// the SQLite integrity check, then the pending migrations.
/// </summary>
internal sealed class DatabaseStartup(IDbConnectionFactory connections, SchemaMigrator migrator)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (connections is SqliteConnectionFactory sqlite)
        {
            await SqliteIntegrityCheck.RunAsync(sqlite, cancellationToken).ConfigureAwait(false);
        }

        await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
