using System.Data.Common;

namespace ChatBot.Host.Storage;

/// <summary>Opens connections to the configured database.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>An open connection; the caller disposes it (which returns it to the pool).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
