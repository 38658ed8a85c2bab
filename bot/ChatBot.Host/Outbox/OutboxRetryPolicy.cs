using Microsoft.Extensions.Options;

namespace ChatBot.Host.Outbox;

/// <summary>
/// Exponential backoff with full jitter (spreads retries of many rows that failed together),
/// never shorter than the connector's Retry-After.
/// </summary>
internal sealed class OutboxRetryPolicy(IOptions<OutboxOptions> options)
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Whether a transient failure on this attempt (1-based) gets another try.</summary>
    public bool CanRetry(int attempts) => attempts < _options.MaxAttempts;

    /// <summary>Whether a row first attempted at <paramref name="firstAttemptAt"/> may still wait out a 429.</summary>
    public bool CanRetryThrottled(DateTimeOffset firstAttemptAt, DateTimeOffset now) => now - firstAttemptAt < _options.MaxThrottledFor;

    /// <summary>
    /// The wait before the next try; <paramref name="attempts"/> is the count of failures of this kind so far
    /// (counted attempts, or 429s for a throttled row, so repeated throttling without Retry-After backs off too).
    /// </summary>
    public TimeSpan NextDelay(int attempts, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ceiling = Math.Min(_options.RetryMaxDelay.TotalMilliseconds, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
#pragma warning disable CA5394 // Jitter, not security.
        var delay = TimeSpan.FromMilliseconds(ceiling * Random.Shared.NextDouble());
#pragma warning restore CA5394
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }
}
