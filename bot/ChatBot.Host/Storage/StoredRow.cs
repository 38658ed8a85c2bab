namespace ChatBot.Host.Storage;

/// <summary>Maps a row read from the database to its record, naming the row when its stored data cannot be read.</summary>
internal static class StoredRow
{
    /// <param name="map">Pure: whatever it throws comes from the row's content (parsing), not from I/O.</param>
    /// <exception cref="UnreadableRowException">The row's content did not map.</exception>
    public static T Read<T>(string table, string key, Func<T> map)
    {
        try
        {
            return map();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableRowException(table, key, e);
        }
    }
}
