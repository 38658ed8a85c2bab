namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>
/// How one claimed row's work ended (<see cref="LeasedQueueWorker"/>): a value, an error, aborted by shutdown, or
/// stopped because its lease went to another instance (nothing to record: the row is theirs now).
/// </summary>
internal readonly record struct LeasedRun<T>(T? Value, string? Error, bool WasAborted, bool LeaseLost = false)
{
    public static LeasedRun<T> Aborted => new(default, null, true);

    public static LeasedRun<T> Lost => new(default, null, false, true);

    public static LeasedRun<T> Completed(T value) => new(value, null, false);

    public static LeasedRun<T> Failed(string error) => new(default, error, false);
}
