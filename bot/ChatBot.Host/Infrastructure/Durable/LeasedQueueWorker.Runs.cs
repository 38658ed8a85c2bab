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
    /// Runs one claimed row's work while a heartbeat renews its lease through <paramref name="renew"/> (given the new
    /// lease end), cancelled at <paramref name="timeout"/>, at <see cref="AbortToken"/>, and when a renewal finds the
    /// lease gone (it expired and another instance claimed the row: the work stops, and records nothing). A timeout
    /// or an exception becomes an error to record.
    /// </summary>
    protected async Task<LeasedRun<T>> RunLeasedAsync<T>(
        string key, Func<CancellationToken, Task<T>> work, TimeSpan timeout, Func<DateTimeOffset, CancellationToken, Task<bool>> renew)
    {
        var abort = AbortToken;
        using var timeoutSource = new CancellationTokenSource(timeout, TimeProvider);
        using var lost = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeoutSource.Token, lost.Token);
        // The heartbeat stops with the work, and at the abort or the timeout even if the work ignores them: a call
        // stuck past either must not hold the row forever.
        using var stopHeartbeat = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        var heartbeat = HeartbeatAsync(key, renew, lost, stopHeartbeat.Token);
        try
        {
            return LeasedRun<T>.Completed(await work(linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            return LeasedRun<T>.Aborted;
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            return LeasedRun<T>.Lost;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested)
        {
            return LeasedRun<T>.Failed($"Timed out after {timeout}.");
        }
        catch (Exception ex)
        {
            return lost.IsCancellationRequested ? LeasedRun<T>.Lost : LeasedRun<T>.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            // Stopped before the outcome is recorded, so a renewal never races the fenced transition.
            await stopHeartbeat.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    // A failed renewal (database briefly unreachable) is retried on the next beat: two more fit in the lease.
    private async Task HeartbeatAsync(
        string key, Func<DateTimeOffset, CancellationToken, Task<bool>> renew, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_heartbeatInterval, TimeProvider, stop).ConfigureAwait(false);
                try
                {
                    if (!await renew(LeaseUntilFromNow, stop).ConfigureAwait(false))
                    {
                        Log.LeasedLeaseLost(_logger, _queue, key, InstanceId);
                        await lost.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.LeasedRenewFailed(_logger, _queue, key, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work ended.
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
