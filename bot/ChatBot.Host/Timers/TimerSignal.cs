using System.Threading.Channels;

namespace ChatBot.Host.Timers;

/// <summary>Wakes the timer worker: many notifications collapse into one pending wake-up.</summary>
internal sealed class TimerSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
