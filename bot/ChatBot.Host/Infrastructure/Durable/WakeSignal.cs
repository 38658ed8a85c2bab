using System.Threading.Channels;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Wakes a background worker: many notifications collapse into one pending wake-up. Each worker has its own
/// subclass so each gets its own instance from DI.
/// </summary>
internal abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
