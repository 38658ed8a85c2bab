namespace ChatBot.Host.Storage;

/// <summary>
/// Timestamps are stored as Unix milliseconds (BIGINT) on both engines: one representation that
/// compares the same in SQLite and PostgreSQL and round-trips exactly under a fake clock.
/// </summary>
internal static class DbTime
{
    public static long ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromDb(long? value) => value is { } v ? FromDb(v) : null;
}
