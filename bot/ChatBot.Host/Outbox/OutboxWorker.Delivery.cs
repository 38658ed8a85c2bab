using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxWorker
{
    private async Task<int> ClaimAndStartAsync(int slots, CancellationToken stoppingToken)
    {
        var now = TimeProvider.GetUtcNow();
        var messages = await ClaimOrNothingAsync(
            () => _store.ClaimAsync(InstanceId, slots, now, now + _options.LeaseDuration, stoppingToken), stoppingToken).ConfigureAwait(false);
        foreach (var message in messages)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                await ReleaseAsync(message).ConfigureAwait(false);
                continue;
            }

            var task = Task.Run(() => DeliverAsync(message), CancellationToken.None);
            _running[message.Id] = task;
            _ = task.ContinueWith(
                _ =>
                {
                    _running.TryRemove(message.Id, out var _);
                    _signal.Notify(); // a slot is free
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return messages.Count;
    }

    // Claimed but not started (the host is stopping): hand it back now instead of waiting out the lease.
    private Task ReleaseAsync(OutboxMessage message) =>
        RecordAsync(message.Id.ToString(), () => _store.ReleaseAsync(message.Id, InstanceId, TimeProvider.GetUtcNow()));

    private async Task DeliverAsync(OutboxMessage message)
    {
        var started = TimeProvider.GetTimestamp();
        var run = await RunBoundedAsync(ct => _delivery.DeliverAsync(message, ct), _options.DeliveryTimeout).ConfigureAwait(false);
        if (run.WasAborted)
        {
            // Forced stop mid-attempt: whether the connector got it is unknown; the lease expires and it is retried.
            Log.OutboxDeliveryAborted(_logger, message.Id);
            return;
        }

        var outcome = run.Value ?? DeliveryOutcome.RetryLater(null, run.Error!);
        _metrics.Latency(message.Kind, TimeProvider.GetElapsedTime(started));
        await RecordAsync(message.Id.ToString(), () => RecordOutcomeAsync(message, outcome)).ConfigureAwait(false);
    }

    private async Task<bool> RecordOutcomeAsync(OutboxMessage message, DeliveryOutcome outcome)
    {
        var now = TimeProvider.GetUtcNow();
        switch (outcome)
        {
            case DeliveredOutcome delivered:
                var sent = await _store.MarkSentAsync(message.Id, InstanceId, delivered.ActivityId, delivered.ConversationId, now).ConfigureAwait(false);
                _metrics.Sent(message.Kind);
                return sent;
            case RetryLaterOutcome { Throttled: true } throttled:
                return await RecordThrottledAsync(message, throttled, now).ConfigureAwait(false);
            case RetryLaterOutcome retry when _retryPolicy.CanRetry(message.Attempts):
                var next = now + _retryPolicy.NextDelay(message.Attempts, retry.RetryAfter);
                var scheduled = await _store.ScheduleRetryAsync(message.Id, InstanceId, next, retry.Error, now).ConfigureAwait(false);
                _metrics.Retried(message.Kind);
                Log.OutboxRetryScheduled(_logger, message.Id, message.Attempts, next, retry.Error);
                return scheduled;
            case RetryLaterOutcome retry:
                return await MarkDeadAsync(message, retry.Error, now).ConfigureAwait(false);
            case FailedOutcome failed:
                return await MarkDeadAsync(message, failed.Error, now).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"Unknown delivery outcome {outcome.GetType().Name}.");
        }
    }

    private async Task<bool> MarkDeadAsync(OutboxMessage message, string error, DateTimeOffset now)
    {
        var dead = await _store.MarkDeadAsync(message.Id, InstanceId, error, now).ConfigureAwait(false);
        _metrics.Dead(message.Kind);
        Log.OutboxDead(_logger, message.Id, message.Attempts, error);
        return dead;
    }
}
