using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// Seeds the next purge at start. The handler schedules each following one; seeding again at every start restores the
/// series should a run ever have failed for good (its key is per date, so an existing timer is left alone).
/// </summary>
internal sealed class AnswerLogPurgeScheduler(IDurableTimers timers, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        AnswerLogPurgeSchedule.ScheduleNextAsync(timers, time.GetUtcNow(), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
