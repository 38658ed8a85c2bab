using System.Collections.Concurrent;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Tests.Timers;

/// <summary>Counts runs per key; <see cref="Behavior"/> decides what a run does (default: succeed).</summary>
public sealed class TimerRecorder
{
    public ConcurrentDictionary<string, int> Runs { get; } = new();

    public ConcurrentDictionary<string, int> Completed { get; } = new();

    public ConcurrentDictionary<string, string> RunBy { get; } = new();

    public Func<DurableTimer, int, CancellationToken, Task> Behavior { get; set; } = (_, _, _) => Task.CompletedTask;
}

public sealed class RecordingTimerHandler(TimerRecorder recorder) : ITimerHandler
{
    public async Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var run = recorder.Runs.AddOrUpdate(timer.Key, 1, (_, n) => n + 1);
        await recorder.Behavior(timer, run, cancellationToken);
        recorder.Completed.AddOrUpdate(timer.Key, 1, (_, n) => n + 1);
    }
}
