using System.Globalization;

namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxWorker
{
    /// <summary>
    /// A 429 is Teams pacing us (per conversation and per app), not a fault of the message: it waits its Retry-After
    /// (or backs off by the number of 429s) and gives its attempt back, so a large fan-out cannot exhaust
    /// <see cref="OutboxOptions.MaxAttempts"/>. <see cref="OutboxOptions.MaxThrottledFor"/> since the first attempt
    /// bounds it instead, so a row throttled forever still ends.
    /// </summary>
    private async Task<bool> RecordThrottledAsync(OutboxMessage message, RetryLaterOutcome throttled, DateTimeOffset now)
    {
        _metrics.Throttled(message.Kind);
        var throttledCount = message.ThrottledCount + 1;
        var firstAttemptAt = message.FirstAttemptAt ?? now;
        if (!_retryPolicy.CanRetryThrottled(firstAttemptAt, now))
        {
            var error = string.Create(
                CultureInfo.InvariantCulture,
                $"Throttled (429) for {now - firstAttemptAt:c} since the first attempt, beyond Outbox:MaxThrottledFor ({_options.MaxThrottledFor:c}); {throttledCount} throttled attempts, last: {throttled.Error}");
            var dead = await _store.MarkDeadAsync(message.Id, InstanceId, error, now, throttled: true).ConfigureAwait(false);
            _metrics.Dead(message.Kind);
            Log.OutboxThrottledTooLong(_logger, message.Id, error);
            return dead;
        }

        var next = now + _retryPolicy.ThrottledDelay(throttledCount, throttled.RetryAfter);
        var owned = await _store.ScheduleRetryAsync(message.Id, InstanceId, next, throttled.Error, now, throttled: true).ConfigureAwait(false);
        Log.OutboxThrottled(_logger, message.Id, throttledCount, next, throttled.Error);
        WakeAt(next, now);
        return owned;
    }

    // A retry due before the next poll is looked for when it is due, so the wait is the one asked for, not a poll longer.
    private void WakeAt(DateTimeOffset due, DateTimeOffset now)
    {
        var wait = due - now;
        if (wait <= TimeSpan.Zero || wait >= _options.PollInterval * 10)
        {
            return;
        }

        _ = Task.Delay(wait, TimeProvider, CancellationToken.None).ContinueWith(
            _ => _signal.Notify(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
