namespace ChatBot.Host.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL SQL differ. Everything else is written once
/// (both accept <c>ON CONFLICT</c>, <c>RETURNING</c>, row values and <c>LIMIT</c>).
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(StorageProvider.Sqlite, migrationLockSql: null, rowLockClause: "");

    // Any constant shared by every instance works as the advisory lock key; this one spells "chatbot".
    public static readonly SqlDialect Postgres = new(
        StorageProvider.Postgres,
        migrationLockSql: "SELECT pg_advisory_xact_lock(7161620207467636)",
        rowLockClause: "FOR UPDATE SKIP LOCKED");

    private SqlDialect(StorageProvider provider, string? migrationLockSql, string rowLockClause)
    {
        Provider = provider;
        MigrationLockSql = migrationLockSql;
        RowLockClause = rowLockClause;
    }

    public StorageProvider Provider { get; }

    /// <summary>
    /// Serializes migration runs across instances, released with the transaction. SQLite needs
    /// none: its transactions start with <c>BEGIN IMMEDIATE</c>, which already excludes other writers.
    /// </summary>
    public string? MigrationLockSql { get; }

    /// <summary>Appended to a claiming sub-select so concurrent claimers skip each other's rows.</summary>
    public string RowLockClause { get; }

    /// <summary>Folder under <c>Storage/Migrations/</c> holding this provider's spelling of the migration fragments.</summary>
    public string MigrationFolder => Provider.ToString();
}
