namespace ChatBot.Host.Storage;

/// <summary>
/// Whether this start created the database, i.e. found no schema and applied the first migration. A new database is
/// normal once, at the first deployment; at any other time it means the old one was deleted or replaced, so it is
/// loud: a warning at start, a degraded health check until the next restart, and the audit trail's genesis event.
/// </summary>
public sealed class DatabaseCreation
{
    /// <summary>When this process created the database; null when it found one.</summary>
    public DateTimeOffset? CreatedAt { get; private set; }

    internal void Record(DateTimeOffset at) => CreatedAt = at;
}
