using Microsoft.Extensions.Options;

namespace ChatBot.Host.Outbox;

/// <summary>
/// Exponential backoff with full jitter for failures (spreads retries of many rows that failed together), never
/// shorter than the connector's Retry-After; a 429 with Retry-After waits exactly that (plus a little jitter).
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
        var delay = TimeSpan.FromMilliseconds(ceiling * Random());
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }

    /// <summary>
    /// A 429's wait: its Retry-After plus up to <see cref="OutboxOptions.ThrottleJitter"/>. Teams names the time the
    /// conversation may be written to again; backing off further only holds the messages behind it. Without a
    /// Retry-After, the backoff by the number of 429s.
    /// </summary>
    public TimeSpan ThrottledDelay(int throttledCount, TimeSpan? retryAfter) => retryAfter is { } wait
        ? wait + TimeSpan.FromMilliseconds(_options.ThrottleJitter.TotalMilliseconds * Random())
        : NextDelay(throttledCount, null);

#pragma warning disable CA5394 // Jitter, not security.
    private static double Random() => System.Random.Shared.NextDouble();
#pragma warning restore CA5394
}
