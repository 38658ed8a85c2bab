using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Benchmarks;

/// <summary>
/// A minimal Bot Connector on a loopback port: answers every send with 201 and a new <c>{id}</c>, as Teams does (the
/// answer log is keyed on it: one id for every send would turn its inserts into no-ops), and counts them.
/// </summary>
internal sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _sends;

    private FakeConnectorServer(WebApplication app) => _app = app;

    public long Sends => Interlocked.Read(ref _sends);

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        app.MapPost("/_connector/v3/conversations/{conversationId}/activities", async context =>
        {
            // Read the activity as the real connector would, then answer.
            var buffer = new byte[16 * 1024];
            while (await context.Request.Body.ReadAsync(buffer) > 0)
            {
            }

            var id = Interlocked.Increment(ref server._sends);
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.ServiceUrl = address.TrimEnd('/') + "/_connector";
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
