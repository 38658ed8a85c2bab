using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Clients;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>The real connector client and auth handler over a <see cref="RecordingHandler"/>.</summary>
internal sealed class ConnectorFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public ConnectorFixture(string? appId = TestTokens.AppId)
    {
        Tokens = new FakeTokenProvider(anonymous: appId is null);
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<BotAuthenticationOptions>(o => o.AppId = appId);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IBotTokenProvider>(Tokens);
        services.AddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.AddTransient<ConnectorAuthHandler>();
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddHttpMessageHandler<ConnectorAuthHandler>()
            .ConfigurePrimaryHttpMessageHandler(() => Handler);
        _services = services.BuildServiceProvider();
    }

    public RecordingHandler Handler { get; } = new();
    public FakeTokenProvider Tokens { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();
    public IServiceUrlTrust Trust => _services.GetRequiredService<IServiceUrlTrust>();

    public void Dispose() => _services.Dispose();
}
