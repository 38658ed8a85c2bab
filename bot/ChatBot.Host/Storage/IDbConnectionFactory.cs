using System.Data.Common;

namespace ChatBot.Host.Storage;

/// <summary>Opens connections to the configured database.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>Which database, for people reading logs and the audit trail: a file path, or server and database name (never a password).</summary>
    string Location { get; }

    /// <summary>An open connection; the caller disposes it (which returns it to the pool).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
