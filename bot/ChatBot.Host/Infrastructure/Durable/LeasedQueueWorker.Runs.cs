namespace ChatBot.Host.Infrastructure.Durable;

internal abstract partial class LeasedQueueWorker
{
    /// <summary>Claims through <paramref name="claim"/>; a failure (database unreachable) claims nothing until the next round.</summary>
    protected async Task<IReadOnlyList<T>> ClaimOrNothingAsync<T>(Func<Task<IReadOnlyList<T>>> claim, CancellationToken cancellationToken)
    {
        try
        {
            return await claim().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LeasedClaimFailed(_logger, _queue, ex);
            return [];
        }
    }

    /// <summary>
    /// Runs one claimed row's work, cancelled at <paramref name="timeout"/> (shorter than the lease, so a live run
    /// never loses its claim) and at <see cref="AbortToken"/>. A timeout or an exception becomes an error to record.
    /// </summary>
    protected async Task<LeasedRun<T>> RunBoundedAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan timeout)
    {
        var abort = AbortToken;
        using var timeoutSource = new CancellationTokenSource(timeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeoutSource.Token);
        try
        {
            return LeasedRun<T>.Completed(await work(linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            return LeasedRun<T>.Aborted;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested)
        {
            return LeasedRun<T>.Failed($"Timed out after {timeout}.");
        }
        catch (Exception ex)
        {
            return LeasedRun<T>.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// Records the outcome for row <paramref name="key"/> through a fenced transition: false (the lease went elsewhere)
    /// is logged; a failed write too, and it leaves the row leased, so it is claimed again after its lease.
    /// </summary>
    protected async Task RecordAsync(string key, Func<Task<bool>> transition)
    {
        try
        {
            if (!await transition().ConfigureAwait(false))
            {
                Log.LeasedLeaseLost(_logger, _queue, key, InstanceId);
            }
        }
        catch (Exception ex)
        {
            Log.LeasedRecordFailed(_logger, _queue, key, ex);
        }
    }
}
