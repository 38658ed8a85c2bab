using Azure.Core;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Clients;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Protocol.Tests.Clients;

public class BotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetToken_CachesUntilFiveMinutesBeforeExpiry()
    {
        var credential = new CountingCredential(_time);
        using var provider = new BotTokenProvider(credential, _time);

        Assert.Equal("t1", await provider.GetTokenAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("t1", await provider.GetTokenAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(2)); // 56 min: inside the 5-minute margin of a 60-minute token
        Assert.Equal("t2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal([AuthConstants.BotFrameworkScope], credential.Scopes);
    }

    [Fact]
    public async Task Invalidate_ForcesNewToken()
    {
        using var provider = new BotTokenProvider(new CountingCredential(_time), _time);
        await provider.GetTokenAsync(CancellationToken.None);

        provider.Invalidate();

        Assert.Equal("t2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentCalls_FetchOnce()
    {
        var credential = new CountingCredential(_time, delay: TimeSpan.FromMilliseconds(50));
        using var provider = new BotTokenProvider(credential, _time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(CancellationToken.None)));

        Assert.All(tokens, t => Assert.Equal("t1", t));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task AnonymousMode_ReturnsNull()
    {
        using var provider = new BotTokenProvider(Options.Create(new BotAuthenticationOptions()), _time);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    private sealed class CountingCredential(TimeProvider time, TimeSpan delay = default) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            Scopes = requestContext.Scopes;
            var n = Interlocked.Increment(ref _calls);
            return new AccessToken($"t{n}", time.GetUtcNow().AddHours(1));
        }
    }
}
