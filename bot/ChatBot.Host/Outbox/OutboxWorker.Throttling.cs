using System.Globalization;

namespace ChatBot.Host.Outbox;

internal sealed partial class OutboxWorker
{
    /// <summary>
    /// A 429 is Teams pacing us (per conversation and per app), not a fault of the message: it waits Retry-After
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

        var next = now + _retryPolicy.NextDelay(throttledCount, throttled.RetryAfter);
        var owned = await _store.ScheduleRetryAsync(message.Id, InstanceId, next, throttled.Error, now, throttled: true).ConfigureAwait(false);
        Log.OutboxThrottled(_logger, message.Id, throttledCount, next, throttled.Error);
        return owned;
    }
}
