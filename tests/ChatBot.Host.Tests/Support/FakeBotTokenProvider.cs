using ChatBot.Protocol.Clients;

namespace ChatBot.Host.Tests.Support;

/// <summary>The bot's outbound token in authenticated mode, without asking Entra.</summary>
public sealed class FakeBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("test-outbound-token");

    public void Invalidate()
    {
    }
}
