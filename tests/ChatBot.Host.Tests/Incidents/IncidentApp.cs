using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>
/// The real host over the protocol (anonymous mode, loopback service URL) with a temp SQLite file, a fake clock, the
/// test organization below and a <see cref="RecordingConnector"/>. Two apps on one database stand for a restart.
/// </summary>
public sealed class IncidentApp : WebApplicationFactory<Program>
{
    public const string ServiceUrl = "http://localhost:56150/_connector";
    public const string Reporter = "aad-reporter";
    public const string Manager = "aad-manager";
    public const string Boss = "aad-boss";
    public const string Officer = "aad-officer";
    public const string Outsider = "aad-outsider";
    public const string OtherManager = "aad-other-manager";
    public const string Admin = "aad-admin";

    public const string OrganizationYaml = """
        name: { ja: テスト株式会社, en: Test Corp }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [aad-boss] }
          - { id: sales, name: { ja: 営業部, en: Sales }, escalation: [] }
        people:
          - { aadObjectId: aad-reporter, name: 報告 太郎, department: hr, roles: [handler] }
          - { aadObjectId: aad-manager, name: 人事 責任者, department: hr, roles: [responsible_manager] }
          - { aadObjectId: aad-boss, name: 部長, roles: [] }
          - { aadObjectId: aad-officer, name: 保護 管理者, roles: [privacy_officer] }
          - { aadObjectId: aad-outsider, name: 営業 花子, department: sales, roles: [handler] }
          - { aadObjectId: aad-other-manager, name: 営業 責任者, department: sales, roles: [responsible_manager] }
          - { aadObjectId: aad-admin, name: 管理者, roles: [admin] }
        """;

    /// <summary>Monday 1 June 2026, 10:00 in Japan.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly string _directory;
    private readonly bool _ownsDatabase;

    private readonly string? _postgres;
    private readonly ChatBot.Host.Organization.IUserDirectory? _userDirectory;

    /// <param name="postgres">A PostgreSQL connection string; SQLite (a temp file or <paramref name="databasePath"/>) otherwise.</param>
    /// <param name="directory">The tenant directory (Microsoft Graph) the bot sees; none by default.</param>
    public IncidentApp(string? databasePath = null, DateTimeOffset? now = null, string? postgres = null, ChatBot.Host.Organization.IUserDirectory? directory = null)
    {
        _userDirectory = directory;
        _postgres = postgres;
        _directory = Directory.CreateTempSubdirectory("chatbot-incidents-").FullName;
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(_directory, "bot.db");
        Time = new FakeTimeProvider(now ?? Start);
        File.WriteAllText(Path.Combine(_directory, "organization.yaml"), OrganizationYaml);
    }

    public string DatabasePath { get; }

    private readonly Dictionary<string, string?> _settings = [];

    /// <summary>Sets a configuration value (before the host is built, i.e. before the first request).</summary>
    public IncidentApp WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public FakeTimeProvider Time { get; }

    public RecordingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = _postgres is null ? "Sqlite" : "Postgres",
            ["Storage:ConnectionString"] = _postgres ?? $"Data Source={DatabasePath}",
            ["Organization:Path"] = Path.Combine(_directory, "organization.yaml"),
            ["Bot:AppId"] = "",
            ["Proactive:TenantId"] = "tenant-1",
            ["Proactive:DefaultServiceUrl"] = ServiceUrl,
            ["Outbox:PollInterval"] = "00:01:00", // the fake clock fires every period it passes; the pump wakes them instead
            ["Timers:PollInterval"] = "00:01:00",
            ["Incidents:Escalation:MandatoryReport"] = "00:30:00",
            ["Incidents:Escalation:Default"] = "04:00:00",
        };
        foreach (var (key, value) in settings.Concat(_settings)) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddHttpClient("BotConnector").ConfigurePrimaryHttpMessageHandler(() => Connector).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            services.AddSingleton<IStartupFilter, Support.LoopbackCallerFilter>();
            if (_userDirectory is not null) services.AddSingleton(_userDirectory);
        });
    }

    /// <summary>Replaces the organization file and reloads it now (the watcher would pick it up a little later).</summary>
    public void RewriteOrganization(string yaml)
    {
        File.WriteAllText(Path.Combine(_directory, "organization.yaml"), yaml);
        Services.GetRequiredService<ChatBot.Host.Organization.OrganizationDirectory>().Reload();
    }

    public IncidentService Service() => Services.CreateScope().ServiceProvider.GetRequiredService<IncidentService>();

    public IAuditTrail Audit => Services.GetRequiredService<IAuditTrail>();

    public Task<System.Data.Common.DbConnection> OpenAsync() => Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();

    /// <summary>Moves the clock and makes the timer worker look now.</summary>
    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        Services.GetRequiredService<IDurableTimers>().Wake();
    }

    private readonly CancellationTokenSource _stop = new();
    private Task? _pump;

    /// <summary>
    /// The workers poll on the fake clock, which only moves when a test says so; the outbox also waits for a tick
    /// before sending the next message of a conversation. Waking both often in real time stands for the poll.
    /// </summary>
    private void StartPump()
    {
        if (_pump is not null) return;
        var outbox = Services.GetRequiredService<ChatBot.Host.Outbox.IOutbox>();
        var timers = Services.GetRequiredService<IDurableTimers>();
        _pump = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                outbox.Wake();
                timers.Wake();
                try { await Task.Delay(50, _stop.Token); } catch (OperationCanceledException) { }
            }
        });
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        StartPump();
        var response = await CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        await Services.GetRequiredService<KnowledgeAnswerLog>().FlushAsync(); // written behind the turn; tests read the table next
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>Sends an <c>adaptiveCard/action</c> invoke; returns the invoke response body (<c>{statusCode, type, value}</c>).</summary>
    /// <param name="replyToId">The id of the message whose card was clicked (Teams sends it as <c>replyToId</c>).</param>
    /// <param name="trigger"><c>automatic</c> is Teams refreshing a card as it is shown; <c>manual</c> a click.</param>
    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string aad, string locale = "ja-JP", string? replyToId = null, string trigger = "manual")
    {
        var activity = Activity("invoke", aad, locale);
        if (replyToId is not null) activity["replyToId"] = replyToId;
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        };
        var response = await PostAsync(activity);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public Task<HttpResponseMessage> MessageAsync(string text, string aad, string locale = "ja-JP", bool channel = false)
    {
        var activity = Activity("message", aad, locale, channel);
        activity["text"] = text;
        return PostAsync(activity);
    }

    public static JsonObject Activity(string type, string aad, string locale, bool channel = false) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:{aad}", ["name"] = aad, ["aadObjectId"] = aad },
        ["conversation"] = channel
            ? new JsonObject { ["id"] = "19:general@thread.tacv2", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" }
            : new JsonObject { ["id"] = $"a:personal-{aad}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bot" },
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>Waits (real time) until the condition holds; background workers deliver asynchronously.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string because, int timeoutMs = 10000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out: {because}");
            await Task.Delay(25);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pump is not null) await _pump;
        await base.DisposeAsync();
        if (!_ownsDatabase) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
