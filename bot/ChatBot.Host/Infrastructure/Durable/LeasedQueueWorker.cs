namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>
/// The worker loop of a leased queue: runs a round (claim what is due, start or run it), then waits for the poll
/// timer or a <see cref="WakeSignal"/>, unless the round was full and more may be due at once. Started work may
/// finish while the host stops; only when the stop runs out of time is it aborted (<see cref="AbortToken"/>), and an
/// aborted row keeps its lease until it expires or is released.
/// </summary>
internal abstract partial class LeasedQueueWorker : BackgroundService
{
    private readonly WakeSignal _signal;
    private readonly TimeSpan _pollInterval;
    private readonly string _queue;
    private readonly ILogger _logger;

    // Cancelled only when a stop runs out of time (or on dispose); until then started work may finish.
    private readonly CancellationTokenSource _abortRuns = new();
    private int _disposed;

    /// <param name="queue">Names the queue in log messages, e.g. <c>Outbox</c>.</param>
    protected LeasedQueueWorker(string queue, WakeSignal signal, TimeSpan pollInterval, TimeProvider timeProvider, ILogger logger)
    {
        _queue = queue;
        _signal = signal;
        _pollInterval = pollInterval;
        TimeProvider = timeProvider;
        _logger = logger;
    }

    protected TimeProvider TimeProvider { get; }

    /// <summary>This instance's lease owner id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>Cancelled when the host's stop ran out of time: work still running is abandoned to its lease.</summary>
    protected CancellationToken AbortToken => _abortRuns.Token;

    /// <summary>One round; true when it used all it could take, so more rows may be due now.</summary>
    protected abstract Task<bool> RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>Waits for work started by rounds that did not wait for it themselves.</summary>
    protected virtual Task WaitForStartedWorkAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_pollInterval, TimeProvider);
        Task? tick = null;
        Task? wake = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunRoundAsync(stoppingToken).ConfigureAwait(false))
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
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

    /// <summary>Lets started work finish and record its outcome until the host's stop timeout.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var abort = cancellationToken.Register(_abortRuns.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForStartedWorkAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Out of time: aborted rows keep their lease and are claimed again after it expires.
        }
    }

    public override void Dispose()
    {
        // Registered both as itself and as a hosted service, so the container disposes it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Cancelled, not disposed: a host stop racing the container's disposal may still register on it in StopAsync
        // (ObjectDisposedException there failed a stop); without a timer or wait handle it holds nothing to free.
        _abortRuns.Cancel();
        base.Dispose();
    }
}
