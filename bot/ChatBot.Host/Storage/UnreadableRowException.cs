namespace ChatBot.Host.Storage;

/// <summary>
/// A stored row the code cannot turn back into its record: a JSON column that no longer parses, a status name it does
/// not know, a date in the wrong shape. Carries where it is, so the log says which row to repair, and one handler in
/// the turn pipeline answers the user instead of leaving them without a reply.
/// </summary>
public sealed class UnreadableRowException(string table, string key, Exception innerException)
    : Exception($"Row '{key}' of table {table} cannot be read: {innerException.Message}", innerException)
{
    public string Table { get; } = table;

    /// <summary>The row's primary key, as text (parts of a composite key joined with <c>/</c>).</summary>
    public string Key { get; } = key;
}
