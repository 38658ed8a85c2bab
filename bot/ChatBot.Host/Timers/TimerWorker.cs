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
internal sealed class TimerWorker : BackgroundService
{
    private readonly TimerStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimerSignal _signal;
    private readonly TimerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<TimerWorker> _logger;

    // Cancelled when a stop runs out of time (or on dispose); until then started runs may finish.
    private readonly CancellationTokenSource _abortRuns = new();
    private int _disposed;

    public TimerWorker(
        TimerStore store, IServiceScopeFactory scopes, TimerSignal signal, IOptions<TimerOptions> options,
        TimeProvider timeProvider, ILogger<TimerWorker> logger)
    {
        _store = store;
        _scopes = scopes;
        _signal = signal;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public string InstanceId => _options.InstanceId;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, _timeProvider);
        Task? tick = null;
        Task? wake = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            if (claimed == _options.BatchSize)
            {
                continue; // a full batch: more may be due
            }

            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            wake ??= _signal.WaitAsync(stoppingToken);
            var woken = await Task.WhenAny(tick, wake).ConfigureAwait(false);
            if (woken == tick)
            {
                tick = null;
            }
            else
            {
                wake = null;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var abort = cancellationToken.Register(_abortRuns.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _abortRuns.Cancel();
        _abortRuns.Dispose();
        base.Dispose();
    }

    /// <summary>Claims one batch of due timers and runs them to their recorded outcome; returns how many were claimed.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<DurableTimer> timers;
        try
        {
            var now = _timeProvider.GetUtcNow();
            timers = await _store.ClaimAsync(InstanceId, _options.BatchSize, now, now + _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TimerClaimFailed(_logger, ex); // database unreachable: try again on the next tick
            return 0;
        }

        await Task.WhenAll(timers.Select(t => Task.Run(() => RunAsync(t), CancellationToken.None))).ConfigureAwait(false);
        return timers.Count;
    }

    private async Task RunAsync(DurableTimer timer)
    {
        string? error = null;
        var abort = _abortRuns.Token;
        using (var timeout = new CancellationTokenSource(_options.HandlerTimeout, _timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeout.Token))
        {
            try
            {
                var scope = _scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var handler = scope.ServiceProvider.GetKeyedService<ITimerHandler>(timer.Kind);
                    if (handler is null)
                    {
                        error = $"No timer handler is registered for kind '{timer.Kind}'.";
                    }
                    else
                    {
                        await handler.HandleAsync(timer, linked.Token).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                Log.TimerAborted(_logger, timer.Key);
                await RecordAsync(() => _store.ReleaseAsync(timer.Key, InstanceId, _timeProvider.GetUtcNow()), timer).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                error = $"Timed out after {_options.HandlerTimeout}.";
            }
            catch (Exception ex)
            {
                error = $"{ex.GetType().Name}: {ex.Message}";
            }
        }

        var now = _timeProvider.GetUtcNow();
        if (error is null)
        {
            await RecordAsync(() => _store.MarkDoneAsync(timer.Key, InstanceId, now), timer).ConfigureAwait(false);
        }
        else if (timer.Attempts < _options.MaxAttempts)
        {
            var next = now + _options.RetryDelay(timer.Attempts);
            Log.TimerRetryScheduled(_logger, timer.Key, timer.Kind, timer.Attempts, next, error);
            await RecordAsync(() => _store.ScheduleRetryAsync(timer.Key, InstanceId, next, error, now), timer).ConfigureAwait(false);
        }
        else
        {
            Log.TimerFailed(_logger, timer.Key, timer.Kind, timer.Attempts, error);
            await RecordAsync(() => _store.MarkFailedAsync(timer.Key, InstanceId, error, now), timer).ConfigureAwait(false);
        }
    }

    private async Task RecordAsync(Func<Task<bool>> transition, DurableTimer timer)
    {
        try
        {
            if (!await transition().ConfigureAwait(false))
            {
                Log.TimerLeaseLost(_logger, timer.Key, InstanceId);
            }
        }
        catch (Exception ex)
        {
            Log.TimerRecordFailed(_logger, timer.Key, ex); // stays running; reclaimed after its lease
        }
    }
}
