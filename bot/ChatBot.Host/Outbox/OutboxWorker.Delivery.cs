using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxWorker
{
    private async Task<int> ClaimAndStartAsync(int slots, CancellationToken stoppingToken)
    {
        IReadOnlyList<OutboxMessage> messages;
        try
        {
            var now = _timeProvider.GetUtcNow();
            messages = await _store.ClaimAsync(InstanceId, slots, now, now + _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OutboxClaimFailed(_logger, ex); // database unreachable: try again on the next tick
            return 0;
        }

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
    private async Task ReleaseAsync(OutboxMessage message)
    {
        try
        {
            await _store.ReleaseAsync(message.Id, InstanceId, _timeProvider.GetUtcNow()).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.OutboxRecordFailed(_logger, message.Id, ex);
        }
    }

    private async Task DeliverAsync(OutboxMessage message)
    {
        var started = _timeProvider.GetTimestamp();
        var abort = _abortDeliveries.Token;
        DeliveryOutcome outcome;
        using (var timeout = new CancellationTokenSource(_options.DeliveryTimeout, _timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeout.Token))
        {
            try
            {
                outcome = await _delivery.DeliverAsync(message, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                // Forced stop mid-attempt: whether the connector got it is unknown; the lease expires and it is retried.
                Log.OutboxDeliveryAborted(_logger, message.Id);
                return;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                outcome = DeliveryOutcome.RetryLater(null, $"Timed out after {_options.DeliveryTimeout}.");
            }
            catch (Exception ex)
            {
                outcome = DeliveryOutcome.RetryLater(null, $"{ex.GetType().Name}: {ex.Message}");
            }
        }

        _metrics.Latency(message.Kind, _timeProvider.GetElapsedTime(started));
        try
        {
            await RecordAsync(message, outcome).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The row stays in flight and is retried when the lease expires.
            Log.OutboxRecordFailed(_logger, message.Id, ex);
        }
    }

    private async Task RecordAsync(OutboxMessage message, DeliveryOutcome outcome)
    {
        var now = _timeProvider.GetUtcNow();
        bool owned;
        switch (outcome)
        {
            case DeliveredOutcome delivered:
                owned = await _store.MarkSentAsync(message.Id, InstanceId, delivered.ActivityId, delivered.ConversationId, now).ConfigureAwait(false);
                _metrics.Sent(message.Kind);
                break;
            case RetryLaterOutcome { Throttled: true } throttled:
                owned = await RecordThrottledAsync(message, throttled, now).ConfigureAwait(false);
                break;
            case RetryLaterOutcome retry when _retryPolicy.CanRetry(message.Attempts):
                var next = now + _retryPolicy.NextDelay(message.Attempts, retry.RetryAfter);
                owned = await _store.ScheduleRetryAsync(message.Id, InstanceId, next, retry.Error, now).ConfigureAwait(false);
                _metrics.Retried(message.Kind);
                Log.OutboxRetryScheduled(_logger, message.Id, message.Attempts, next, retry.Error);
                break;
            case RetryLaterOutcome retry:
                owned = await _store.MarkDeadAsync(message.Id, InstanceId, retry.Error, now).ConfigureAwait(false);
                _metrics.Dead(message.Kind);
                Log.OutboxDead(_logger, message.Id, message.Attempts, retry.Error);
                break;
            case FailedOutcome failed:
                owned = await _store.MarkDeadAsync(message.Id, InstanceId, failed.Error, now).ConfigureAwait(false);
                _metrics.Dead(message.Kind);
                Log.OutboxDead(_logger, message.Id, message.Attempts, failed.Error);
                break;
            default:
                throw new InvalidOperationException($"Unknown delivery outcome {outcome.GetType().Name}.");
        }

        if (!owned)
        {
            Log.OutboxLeaseLost(_logger, message.Id, InstanceId);
        }
    }
}
