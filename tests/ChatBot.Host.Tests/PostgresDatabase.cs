using Npgsql;

namespace ChatBot.Host.Tests;

/// <summary>Class fixture: a fresh database with a random name on the test server, dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string ServerVariable = "CHATBOT_TEST_POSTGRES";
    public const string RequireVariable = "CHATBOT_REQUIRE_POSTGRES";

    private string? _connectionString;
    private string? _name;

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Connection string of this fixture's database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException(
        $"{RequireVariable}=1 but {ServerVariable} is not set: no PostgreSQL server to test against.");

    public async Task InitializeAsync()
    {
        if (ServerConnectionString is not { } server)
        {
            return; // the tests are skipped, or fail through ConnectionString when required
        }

        _name = $"chatbot_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name, MaxPoolSize = 40 }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
