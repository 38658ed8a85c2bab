using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Privacy;
using ChatBot.Protocol.Clients;
using ChatBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Tests.Support;

/// <summary>
/// The real host (<see cref="Program"/>) on TestServer with a temp SQLite file, fast outbox timings, a recording
/// <see cref="FakeConnector"/> behind the <c>BotConnector</c> HttpClient and captured logs. Anonymous mode by
/// default; <paramref name="authenticated"/> sets <c>Bot:AppId</c> and serves locally minted signing keys.
/// Several instances on one <paramref name="databasePath"/> stand for restarts of one deployment.
/// </summary>
public sealed class BotApplication(string? databasePath = null, bool authenticated = false, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The Playground's connector address: loopback, so trusted in anonymous mode.</summary>
    public const string LoopbackServiceUrl = "http://localhost:56150/_connector";

    /// <summary>On the default allow-list, so trusted in authenticated mode.</summary>
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/teams/";

    private readonly bool _ownsDatabase = databasePath is null;

    public string DatabasePath { get; } = databasePath ?? Path.Combine(Path.GetTempPath(), $"chatbot-e2e-{Guid.NewGuid():N}.db");

    public bool Authenticated { get; } = authenticated;

    /// <summary>How long a stop waits for deliveries in flight; a tiny value makes a dispose look like a crash.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public string ServiceUrl => Authenticated ? TeamsServiceUrl : LoopbackServiceUrl;

    public FakeConnector Connector { get; } = new();

    /// <summary>Mints inbound tokens and serves the OpenID metadata that publishes their keys.</summary>
    public TestTokens Tokens { get; } = new();

    /// <summary>What every production log sink sees (the masking wrapper applied, as in production).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>What the host logged before the masking wrapper: proves input was masked on arrival, not only in logs.</summary>
    public CapturedLogs RawLogs { get; } = new();

    public TeamsActivities Activities => new(ServiceUrl, Authenticated ? "28:" + TestTokens.AppId : "28:bot-under-test");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:RetryBaseDelay"] = "00:00:00.050",
            ["Outbox:RetryMaxDelay"] = "00:00:00.200",
            ["Outbox:LeaseDuration"] = "00:00:30",
            ["Outbox:DeliveryTimeout"] = "00:00:10",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Bot:AppId"] = "",
        };
        if (Authenticated)
        {
            values["Bot:AppId"] = TestTokens.AppId;
            values["Bot:TenantId"] = TestTokens.TenantId;
            values["Bot:AppPassword"] = "not-used-the-token-provider-is-faked";
            values["Bot:OpenIdMetadataUrl"] = TestTokens.BotFrameworkMetadataUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        foreach (var (key, value) in values) builder.UseSetting(key, value);

        builder.ConfigureServices(services =>
        {
            services.AddHttpClient("BotConnector") // ConnectorClient.HttpClientName (internal to the protocol)
                .ConfigurePrimaryHttpMessageHandler(() => Connector).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            services.AddHttpClient("BotOpenIdMetadata") // SigningKeyCache.HttpClientName (internal to the protocol)
                .ConfigurePrimaryHttpMessageHandler(() => Tokens.Handler).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            if (Authenticated)
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider, FakeBotTokenProvider>();
            }

            services.AddSingleton<ILoggerProvider>(RawLogs);
            services.AddSingleton<ILoggerProvider>(_ => new MaskingLoggerProvider(Logs));
            services.AddSingleton<IStartupFilter, LoopbackCallerFilter>();
            services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        });
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await CreateClient().SendAsync(request);
        await Services.GetRequiredService<KnowledgeAnswerLog>().FlushAsync(); // written behind the turn; tests read the table next
        return response;
    }

    /// <summary>Posts with a valid token in authenticated mode (vouching for the activity's serviceUrl); none otherwise.</summary>
    public async Task<HttpResponseMessage> SendAsync(JsonNode activity)
    {
        var token = Authenticated ? Tokens.BotFramework(activity["serviceUrl"]?.GetValue<string>()) : null;
        var response = await PostAsync(activity, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>Every byte the database left on disk (main file, WAL and shared memory).</summary>
    public byte[] DatabaseBytes()
    {
        var bytes = new List<byte>();
        foreach (var path in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + "-journal" })
        {
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes.AddRange(buffer.ToArray());
        }

        return [.. bytes];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Tokens.Dispose();
        if (!_ownsDatabase) return;
        SqliteConnection.ClearAllPools();
        DeleteDatabase(DatabasePath);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
