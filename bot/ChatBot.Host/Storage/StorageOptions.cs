namespace ChatBot.Host.Storage;

/// <summary>Settings of the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Which engine to use; <see cref="StorageProvider.Sqlite"/> unless configured.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. Empty means <c>Data Source=data/chatbot.db</c> for SQLite;
    /// a relative SQLite path is resolved against the content root. Required for PostgreSQL.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a SQLite command waits for another writer before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
