using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Hosting;
using ChatBot.Host.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Benchmarks;

/// <summary>
/// <c>inspections [--handlers 5000] [--global-rps 50] [--per-conversation 7]</c>: opens a campaign for a generated
/// organization and fans the checklist card out through the real outbox against a delivery that throttles like
/// Teams (teams-protocol.md §6: a global rate per app and tenant and a per-conversation rate, answering 429 with
/// Retry-After). Prints enqueue time, delivery time, cards/s, 429s, and checks that no card is lost or duplicated.
/// </summary>
public static class InspectionsBenchmark
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var handlers = Arg(args, "--handlers", 5000);
        var throttle = new ThrottlingDelivery(Arg(args, "--global-rps", 50), Arg(args, "--per-conversation", 7));
        var work = Directory.CreateTempSubdirectory("chatbot-inspections-bench-").FullName;
        var database = Path.Combine(work, "bench.db");
        var organization = Path.Combine(work, "organization.yaml");
        File.WriteAllText(organization, Organization(handlers));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(RepositoryRoot(), "bot", "ChatBot.Host"),
            EnvironmentName = "Production",
            Args =
            [
                "--urls=http://127.0.0.1:0", $"--Storage:ConnectionString=Data Source={database}", "--Bot:AppId=",
                $"--Organization:Path={organization}", "--Proactive:TenantId=bench-tenant", "--Logging:LogLevel:Default=Warning",
                "--Outbox:MaxParallelism=32", "--Outbox:PollInterval=00:00:00.100",
            ],
        });
        builder.AddServiceDefaults();
        builder.AddBotHost();
        builder.Services.RemoveAll<IOutboxDelivery>();
        builder.Services.AddSingleton<IOutboxDelivery>(throttle);
        var app = builder.Build();
        app.MapBot();
        await app.StartAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            var (_, _, enqueued) = await app.Services.GetRequiredService<InspectionCampaigns>()
                .OpenAsync(FiscalQuarter.Current(TimeProvider.System), "bench", CancellationToken.None);
            var enqueueTime = clock.Elapsed;
            var admin = app.Services.GetRequiredService<IOutboxAdmin>();
            OutboxCounts counts;
            do
            {
                await Task.Delay(200);
                counts = await admin.CountsAsync(CancellationToken.None);
            }
            while (counts.Pending + counts.InFlight > 0 && clock.Elapsed < TimeSpan.FromMinutes(15));
            var total = clock.Elapsed;
            await Task.Delay(1000); // anything delivered twice would show up now
            var duplicates = throttle.Delivered.Count(d => d.Value > 1);
            var lost = handlers - throttle.Delivered.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"inspections: {handlers} handlers, enqueued {enqueued} cards in {enqueueTime.TotalSeconds:F1} s; delivered {throttle.Delivered.Count} in {total.TotalSeconds:F1} s = {throttle.Delivered.Count / total.TotalSeconds:F1} cards/s; 429s {throttle.Throttled}; dead in the outbox {counts.Dead}; lost {lost}; duplicated {duplicates}"));
            return lost == 0 && duplicates == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Organization(int handlers)
    {
        var yaml = new StringBuilder("name: { ja: ベンチ, en: Bench }\nsmallBusiness: false\ndepartments:\n");
        for (var d = 0; d < 50; d++) yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: d{d}, name: {{ ja: 部署{d}, en: Dept {d} }}, escalation: [] }}\n");
        yaml.Append("people:\n");
        for (var i = 0; i < handlers; i++)
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ aadObjectId: {Guid.CreateVersion7()}, name: H{i}, department: d{i % 50}, roles: [handler] }}\n");
        for (var d = 0; d < 50; d++)
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ aadObjectId: {Guid.CreateVersion7()}, name: M{d}, department: d{d}, roles: [responsible_manager] }}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ aadObjectId: {Guid.CreateVersion7()}, name: Officer, roles: [privacy_officer, admin] }}\n");
        return yaml.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from within the repository (ChatBot.sln not found above the binaries).");
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>Answers like a throttling connector: 429 + Retry-After over the global or per-conversation rate.</summary>
    private sealed class ThrottlingDelivery(int globalPerSecond, int perConversationPerSecond) : IOutboxDelivery
    {
        private readonly Queue<long> _global = new();
        private readonly Dictionary<string, Queue<long>> _conversations = [];
        private int _throttled;

        public ConcurrentDictionary<string, int> Delivered { get; } = new();

        public int Throttled => _throttled;

        public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken); // a connector round trip
            var key = message.Target.UserAadObjectId ?? message.Target.ConversationId ?? "";
            var now = Stopwatch.GetTimestamp();
            lock (_global)
            {
                var conversation = _conversations.TryGetValue(key, out var q) ? q : _conversations[key] = new Queue<long>();
                if (Full(_global, globalPerSecond, now, out var wait) || Full(conversation, perConversationPerSecond, now, out wait))
                {
                    _throttled++;
                    return DeliveryOutcome.RetryLater(wait, "429 Too Many Requests", throttled: true);
                }
                _global.Enqueue(now);
                conversation.Enqueue(now);
            }
            Delivered.AddOrUpdate(key, 1, (_, n) => n + 1);
            return DeliveryOutcome.Delivered("a-" + key);
        }

        private static bool Full(Queue<long> window, int limit, long now, out TimeSpan wait)
        {
            while (window.Count > 0 && Stopwatch.GetElapsedTime(window.Peek(), now) >= TimeSpan.FromSeconds(1)) window.Dequeue();
            wait = window.Count < limit ? TimeSpan.Zero : TimeSpan.FromSeconds(1) - Stopwatch.GetElapsedTime(window.Peek(), now);
            return window.Count >= limit;
        }
    }
}
