using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Outbox;

/// <summary>
/// Paces this instance's connector calls to <see cref="OutboxOptions.MaxSendsPerSecond"/>: Teams allows an app about
/// 50 requests a second per tenant across all conversations, and a 429 only tells one conversation to wait. A token
/// bucket refilled every 100 ms (below 10 a second, one token at a time) and holding one refill at most keeps bursts
/// small. The worker takes tokens before it claims, one row per token (see <see cref="OutboxWorker"/>).
/// </summary>
internal sealed class OutboxSendRate : IDisposable
{
    private readonly TokenBucketRateLimiter? _limiter;

    public OutboxSendRate(IOptions<OutboxOptions> options)
    {
        var rate = options.Value.MaxSendsPerSecond;
        if (rate <= 0) return; // unpaced
        var perPeriod = Math.Max(1, (int)Math.Floor(rate / 10));
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perPeriod,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(perPeriod / rate),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>
    /// Waits for one send's turn, then takes whatever further turns are available now, up to <paramref name="max"/>;
    /// returns how many were taken (unpaced: <paramref name="max"/> at once). Turns the caller does not use are lost,
    /// which only errs on the slow side.
    /// </summary>
    public async ValueTask<int> TakeAsync(int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return 0;
        if (_limiter is null) return max;
        using (var first = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false))
        {
            if (!first.IsAcquired) return 0;
        }

        var taken = 1;
        while (taken < max)
        {
            using var next = _limiter.AttemptAcquire(1);
            if (!next.IsAcquired) break;
            taken++;
        }

        return taken;
    }

    public void Dispose() => _limiter?.Dispose();
}
