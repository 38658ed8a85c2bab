using System.Data.Common;
using System.Threading.Channels;

namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>
/// Wakes a <see cref="LeasedQueueWorker"/>: many notifications collapse into one pending wake-up. Each queue has its
/// own subclass so each gets its own instance from DI.
/// </summary>
internal abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>
    /// Wakes after a write that is already committed. Inside a caller's transaction the worker could not see the
    /// row yet (it would wait for the next poll), so the caller wakes after its commit instead.
    /// </summary>
    public void NotifyIfCommitted(bool written, DbTransaction? transaction)
    {
        if (written && transaction is null)
        {
            Notify();
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
