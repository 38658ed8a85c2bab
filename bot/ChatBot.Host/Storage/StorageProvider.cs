namespace ChatBot.Host.Storage;

/// <summary>The database engine behind the host's storage.</summary>
public enum StorageProvider
{
    /// <summary>A local file; the default for development and single-instance deployments.</summary>
    Sqlite,

    /// <summary>A shared server; required when several host instances run at once.</summary>
    Postgres,
}
