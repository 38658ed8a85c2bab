using ChatBot.Host.Infrastructure.Durable;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Timers;

/// <summary>
/// Fires due timers: claims up to <see cref="TimerOptions.BatchSize"/> with a lease, runs each one's
/// <see cref="ITimerHandler"/> (bounded by <see cref="TimerOptions.HandlerTimeout"/>, shorter than the lease),
/// and records done / retry with backoff / failed, guarded by the lease owner. Wakes on a local schedule,
/// on the poll timer, or right after a full batch.
/// </summary>
/// <remarks>
/// Once per key across instances: a claim is one atomic guarded statement, so two instances never hold the same
/// timer, and a stale instance cannot record over a timer reclaimed elsewhere. A timer runs again only if its
/// lease expires mid-run (instance killed or frozen); handlers that must not repeat an effect make it idempotent
/// (see <see cref="ITimerHandler"/>).
/// </remarks>
internal sealed class TimerWorker : LeasedQueueWorker
{
    private readonly TimerStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimerOptions _options;
    private readonly ILogger<TimerWorker> _logger;

    public TimerWorker(
        TimerStore store, IServiceScopeFactory scopes, TimerSignal signal, IOptions<TimerOptions> options,
        TimeProvider timeProvider, ILogger<TimerWorker> logger)
        : base("Timer", signal, options.Value.PollInterval, timeProvider, logger)
    {
        _store = store;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
    }

    public override string InstanceId => _options.InstanceId;

    /// <summary>A round is one batch, run to its end; a full batch means more may be due.</summary>
    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken) =>
        await RunOnceAsync(stoppingToken).ConfigureAwait(false) == _options.BatchSize;

    /// <summary>Claims one batch of due timers and runs them to their recorded outcome; returns how many were claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        var timers = await ClaimOrNothingAsync(
            () => _store.ClaimAsync(InstanceId, _options.BatchSize, now, now + _options.LeaseDuration, cancellationToken), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(timers.Select(t => Task.Run(() => RunAsync(t), CancellationToken.None))).ConfigureAwait(false);
        return timers.Count;
    }

    private async Task RunAsync(DurableTimer timer)
    {
        var run = await RunBoundedAsync(ct => HandleAsync(timer, ct), _options.HandlerTimeout).ConfigureAwait(false);
        if (run.WasAborted)
        {
            Log.TimerAborted(_logger, timer.Key);
            await RecordAsync(timer.Key, () => _store.ReleaseAsync(timer.Key, InstanceId, TimeProvider.GetUtcNow())).ConfigureAwait(false);
            return;
        }

        var error = run.Error ?? run.Value;
        var now = TimeProvider.GetUtcNow();
        if (error is null)
        {
            await RecordAsync(timer.Key, () => _store.MarkDoneAsync(timer.Key, InstanceId, now)).ConfigureAwait(false);
        }
        else if (timer.Attempts < _options.MaxAttempts)
        {
            var next = now + _options.RetryDelay(timer.Attempts);
            Log.TimerRetryScheduled(_logger, timer.Key, timer.Kind, timer.Attempts, next, error);
            await RecordAsync(timer.Key, () => _store.ScheduleRetryAsync(timer.Key, InstanceId, next, error, now)).ConfigureAwait(false);
        }
        else
        {
            Log.TimerFailed(_logger, timer.Key, timer.Kind, timer.Attempts, error);
            await RecordAsync(timer.Key, () => _store.MarkFailedAsync(timer.Key, InstanceId, error, now)).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the kind's handler in a scope of its own; returns an error when no handler is registered.</summary>
    private async Task<string?> HandleAsync(DurableTimer timer, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handler = scope.ServiceProvider.GetKeyedService<ITimerHandler>(timer.Kind);
            if (handler is null)
            {
                return $"No timer handler is registered for kind '{timer.Kind}'.";
            }

            await handler.HandleAsync(timer, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }
}
