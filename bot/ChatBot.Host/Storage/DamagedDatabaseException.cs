namespace ChatBot.Host.Storage;

/// <summary>
/// The database cannot be used as it is (a damaged header or damaged pages). The host refuses to start on it: serving
/// from a damaged file would answer some requests wrongly and others not at all, and writing to it can spread the damage.
/// </summary>
public sealed class DamagedDatabaseException : Exception
{
    public DamagedDatabaseException(string location, string problem, Exception? innerException = null)
        : base($"The database {location} is damaged: {problem}. The bot does not start on a damaged database: restore the file "
            + "from a backup, or move it aside to start over with a new, empty database.", innerException)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>The file (SQLite) or server and database (PostgreSQL).</summary>
    public string Location { get; }

    public string Problem { get; }
}
