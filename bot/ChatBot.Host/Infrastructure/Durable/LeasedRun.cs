namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>How one claimed row's work ended (<see cref="LeasedQueueWorker"/>): a value, an error, or aborted by shutdown.</summary>
internal readonly record struct LeasedRun<T>(T? Value, string? Error, bool WasAborted)
{
    public static LeasedRun<T> Aborted => new(default, null, true);

    public static LeasedRun<T> Completed(T value) => new(value, null, false);

    public static LeasedRun<T> Failed(string error) => new(default, error, false);
}
