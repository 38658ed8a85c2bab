using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatBot.Host.Storage;

/// <summary>Connections to a SQLite file, each with the busy timeout set.</summary>
internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(StorageOptions options, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString) ? "Data Source=data/chatbot.db" : options.ConnectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        _connectionString = builder.ToString();
        // busy_timeout is per connection; WAL (set once by the migrator) persists in the file.
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(int)options.SqliteBusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;");
        DataSource = builder.DataSource;
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    /// <summary>The absolute path of the database file.</summary>
    public string DataSource { get; }

    public string Location => DataSource;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
