using System.Data.Common;
using Npgsql;

namespace ChatBot.Host.Storage;

/// <summary>Connections from one pooled <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class PostgresConnectionFactory(StorageOptions options) : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        options.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL."));

    public SqlDialect Dialect => SqlDialect.Postgres;

    public string Location { get; } = new NpgsqlConnectionStringBuilder(options.ConnectionString) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : "";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
