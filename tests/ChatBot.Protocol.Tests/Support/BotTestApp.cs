using System.Net;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Hosting;
using ChatBot.Protocol.Routing;
using ChatBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>
/// A minimal host on TestServer wired exactly like production (<c>AddBotProtocol</c> + <c>MapBotEndpoint</c>),
/// with the OpenID metadata served by <see cref="TestTokens"/>. The header <c>X-Test-Remote-IP</c> sets the caller address
/// (TestServer has none; loopback by default).
/// </summary>
internal sealed class BotTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestApp(WebApplication app) => _app = app;

    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;

    public static async Task<BotTestApp> StartAsync(TestTokens tokens, Action<ActivityRouter> map, Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddBotProtocol().Map(map);
        builder.Services.AddHttpClient(SigningKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => tokens.Handler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue("X-Test-Remote-IP", out var ip)
                ? IPAddress.Parse(ip.ToString())
                : IPAddress.Loopback;
            return next(context);
        });
        app.MapBotEndpoint();
        await app.StartAsync();
        return new BotTestApp(app) { Client = app.GetTestClient() };
    }

    public static Dictionary<string, string?> WithAppId() => new()
    {
        ["Bot:AppId"] = TestTokens.AppId,
        ["Bot:AppPassword"] = "not-used-inbound",
        ["Bot:TenantId"] = TestTokens.TenantId,
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
