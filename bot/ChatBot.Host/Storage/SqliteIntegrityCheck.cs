using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatBot.Host.Storage;

/// <summary>
/// <c>PRAGMA quick_check</c> over an existing SQLite file before anything else reads it. Without it a damaged header
/// surfaced as a bare <c>SqliteException</c> from the first migration statement, and damaged pages went unnoticed until
/// a feature read them. quick_check reads every page (linear in the file's size, a few seconds for a large file) but
/// skips the index-versus-table cross-check of <c>integrity_check</c>, which costs far more and finds damage that
/// leaves the rows readable.
/// </summary>
internal static class SqliteIntegrityCheck
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // A few problems name the damage; hundreds would only repeat it.
    private const int MaxProblems = 5;

    /// <summary>SQLite's own words for a damaged file, whenever a statement meets the damage.</summary>
    public static bool IsDamage(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase };

    public static async Task RunAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        // A missing file is a new database, announced as such by the migrator; an in-memory one cannot be damaged.
        if (!File.Exists(connections.DataSource)) return;
        IReadOnlyList<string> problems;
        try
        {
            var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                problems = (await connection.QueryAsync<string>(new CommandDefinition(
                    $"PRAGMA quick_check({MaxProblems})", cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new DamagedDatabaseException(connections.DataSource,
                "it is not a SQLite database (the 100-byte header at the start of the file is damaged, or the file is something else)", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCorrupt)
        {
            throw new DamagedDatabaseException(connections.DataSource, $"SQLite cannot read its structure ({e.Message})", e);
        }

        if (problems is not ["ok"])
        {
            throw new DamagedDatabaseException(connections.DataSource, "PRAGMA quick_check reported " + string.Join("; ", problems));
        }
    }
}
