using System.Collections.Concurrent;
using ChatBot.Host.Infrastructure.Durable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Outbox;

/// <summary>
/// Delivers outbox rows. Keeps up to <see cref="OutboxOptions.MaxParallelism"/> deliveries running,
/// claiming only as many rows as there are free slots and send turns so every claimed row starts at once and
/// finishes (bounded by <see cref="OutboxOptions.DeliveryTimeout"/>) well inside its lease.
/// Wakes on enqueue, on a finished delivery, or on the poll timer.
/// </summary>
/// <remarks>
/// Delivery is at-least-once. A row whose lease expired (instance killed, host frozen) is claimed
/// again, so a crash between the connector accepting the request and our commit of <c>sent</c> sends
/// it twice, as does a retry after an ambiguous failure (timeout, 502/504 after the connector created the
/// message). This cannot be closed with the Bot Connector API: a POST creates a new message each time, the
/// connector picks its id (a client-chosen <c>activity.id</c> is ignored) and takes no idempotency key, and
/// there is no read of a conversation's messages to check before resending (only Graph's protected
/// chat-read permissions could; see deployment/README.md). <c>update</c> rows are a PUT of the full activity and
/// naturally idempotent; <c>delete</c> of a deleted activity is harmless. Enqueueing twice is made harmless by
/// the dedupe key, and a stale worker cannot overwrite a row it no longer owns (see <see cref="OutboxStore"/>).
/// <para>
/// Pacing (<see cref="OutboxSendRate"/>) happens before the claim, not before the send: the worker takes send turns
/// first and claims at most one row per turn. A row waiting for its turn thus stays <c>pending</c> and holds no
/// lease: any instance may claim it, no lease runs out while it waits (which would let another instance send it
/// again), and <c>CardCopies</c> can still replace its payload.
/// </para>
/// </remarks>
internal sealed partial class OutboxWorker : LeasedQueueWorker
{
    private readonly OutboxStore _store;
    private readonly IOutboxDelivery _delivery;
    private readonly OutboxSignal _signal;
    private readonly OutboxRetryPolicy _retryPolicy;
    private readonly OutboxMetrics _metrics;
    private readonly OutboxSendRate _sendRate;
    private readonly OutboxOptions _options;
    private readonly ILogger<OutboxWorker> _logger;
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    public OutboxWorker(
        OutboxStore store,
        IOutboxDelivery delivery,
        OutboxSignal signal,
        OutboxRetryPolicy retryPolicy,
        OutboxMetrics metrics,
        OutboxSendRate sendRate,
        IOptions<OutboxOptions> options,
        TimeProvider timeProvider,
        ILogger<OutboxWorker> logger)
        : base("Outbox", signal, options.Value.PollInterval, timeProvider, logger)
    {
        _store = store;
        _delivery = delivery;
        _signal = signal;
        _retryPolicy = retryPolicy;
        _metrics = metrics;
        _sendRate = sendRate;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>This instance's lease owner id.</summary>
    public override string InstanceId => _options.InstanceId;

    /// <summary>Deliveries started and not yet recorded.</summary>
    internal int RunningCount => _running.Count;

    /// <summary>Takes send turns for the free slots, then claims one row per turn and starts it without waiting.</summary>
    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken)
    {
        var free = _options.MaxParallelism - _running.Count;
        if (free <= 0)
        {
            return false; // a finished delivery wakes the loop
        }

        var permits = await _sendRate.TakeAsync(free, stoppingToken).ConfigureAwait(false);
        var claimed = permits > 0 ? await ClaimAndStartAsync(permits, stoppingToken).ConfigureAwait(false) : 0;
        return permits > 0 && claimed == permits; // every turn used: more rows may be due, and more turns will come
    }

    protected override Task WaitForStartedWorkAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_running.Values).WaitAsync(cancellationToken);

    /// <summary>Claims due rows (as many as the send rate allows now) and delivers them, waiting for all to finish; for tests and tools.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var permits = await _sendRate.TakeAsync(_options.MaxParallelism, cancellationToken).ConfigureAwait(false);
        var claimed = permits > 0 ? await ClaimAndStartAsync(permits, cancellationToken).ConfigureAwait(false) : 0;
        await Task.WhenAll(_running.Values).ConfigureAwait(false);
        return claimed;
    }
}
