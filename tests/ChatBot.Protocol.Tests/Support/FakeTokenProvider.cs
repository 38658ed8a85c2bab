using ChatBot.Protocol.Clients;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>Hands out "token-1", "token-2", … — a new one after each <see cref="Invalidate"/>.</summary>
internal sealed class FakeTokenProvider(bool anonymous = false) : IBotTokenProvider
{
    private int _generation = 1;

    public int Invalidations { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(anonymous ? null : $"token-{_generation}");

    public void Invalidate()
    {
        Invalidations++;
        _generation++;
    }
}
