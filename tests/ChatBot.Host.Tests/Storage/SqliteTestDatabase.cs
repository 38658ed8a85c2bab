using Microsoft.Data.Sqlite;

namespace ChatBot.Host.Tests.Storage;

/// <summary>A database file of its own per test, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatbot-test-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "test.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A worker still closing a connection; the temp folder is cleaned by the OS.
        }
    }
}
