using System.Diagnostics;
using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// Message turns over loopback HTTP: the real host (wired exactly as Program.cs) on Kestrel, N simulated users each
/// POSTing a message to /api/messages and awaiting the 200, which includes the bot's reply to the fake connector.
/// <c>--text</c> sends one text; <c>--kb</c> rotates through the evaluation and blind sets' questions, each user keeping
/// to one language (a quarter of them English) and starting at a different question, so that no cache of one answer
/// is what gets measured.
/// </summary>
internal static class TurnsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = Option(args, "--users", 50);
        var seconds = Option(args, "--seconds", 20);
        var warmup = Option(args, "--warmup", 3);
        var text = OptionText(args, "--text", "help");
        var kb = args.Contains("--kb");

        var database = Path.Combine(Path.GetTempPath(), $"chatbot-bench-{Guid.NewGuid():N}.db");
        await using var connector = await FakeConnectorServer.StartAsync();
        var host = await StartHostAsync(database);
        try
        {
            var endpoint = new Uri(Address(host) + "/api/messages");
            using var client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = users,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                UseProxy = false,
            });
            var questions = kb ? BenchmarkQuestions.Load(RepositoryRoot()) : ([text], [text]);
            var payloads = Enumerable.Range(0, users)
                .Select(i => new UserPayloads(i, i % 4 == 3 ? questions.English : questions.Japanese, connector.ServiceUrl)).ToArray();

            using var memory = new PeakMemorySampler();
            var warm = await RunPhaseAsync(client, endpoint, payloads, TimeSpan.FromSeconds(warmup));
            var sendsBefore = connector.Sends;
            var gcBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var pausedBefore = GC.GetTotalPauseDuration();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await RunPhaseAsync(client, endpoint, payloads, TimeSpan.FromSeconds(seconds));
            var replies = connector.Sends - sendsBefore;
            var gcs = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gcBefore[g]).ToArray();
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

            var latencies = run.Latencies;
            latencies.Sort();
            var sent = kb ? $"{questions.Japanese.Length} Japanese and {questions.English.Length} English questions in rotation" : $"text \"{text}\"";
            Console.WriteLine($"turns benchmark: {users} users, {seconds} s (+{warmup} s warm-up, {warm.Latencies.Count} turns), {sent}");
            Console.WriteLine($"machine       : {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : " (concurrent)")}");
            Console.WriteLine($"turns         : {latencies.Count} ok, {run.Errors} errors, {replies} replies at the connector");
            Console.WriteLine($"throughput    : {latencies.Count / run.Elapsed.TotalSeconds:F0} turns/s");
            Console.WriteLine($"latency (ms)  : p50 {Percentile(latencies, 0.50):F2}  p95 {Percentile(latencies, 0.95):F2}  p99 {Percentile(latencies, 0.99):F2}  max {(latencies.Count > 0 ? latencies[^1] : 0):F2}");
            // CPU per turn covers the generator, the host and the fake connector (all in this process); unlike turns/s it
            // barely moves when other processes compete for the cores.
            Console.WriteLine($"cpu           : {cpu.TotalMilliseconds * 1000 / Math.Max(1, latencies.Count):F0} µs per turn (host + generator + connector), load average {LoadAverage()}");
            Console.WriteLine($"memory        : peak RSS {memory.PeakMegabytes:F0} MB (VmHWM {memory.HighWaterMegabytes:F0} MB)");
            Console.WriteLine($"gc            : {allocated / 1024.0 / Math.Max(1, latencies.Count):F0} KB allocated per turn (whole process), {gcs[0]}/{gcs[1]}/{gcs[2]} gen0/1/2 GCs, paused {paused.TotalMilliseconds:F0} ms ({paused / run.Elapsed:P1} of the run)");
            Console.WriteLine("targets       : >= 2000 turns/s, p95 <= 25 ms, RSS <= 250 MB");
            return run.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await host.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { database, database + "-wal", database + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<WebApplication> StartHostAsync(string database)
    {
        var contentRoot = Path.Combine(RepositoryRoot(), "bot", "ChatBot.Host");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot,
            EnvironmentName = "Production",
            Args =
            [
                "--urls=http://127.0.0.1:0",
                $"--Storage:ConnectionString=Data Source={database}",
                "--Bot:AppId=",
                "--Logging:LogLevel:Default=Warning",
            ],
        });
        // The same four calls as Program.cs.
        builder.UseBotFrameworkPortByDefault();
        builder.AddServiceDefaults();
        builder.AddBotHost();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapBot();
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');

    private static async Task<Phase> RunPhaseAsync(HttpClient client, Uri endpoint, UserPayloads[] payloads, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        var end = duration;
        var results = await Task.WhenAll(payloads.Select(user => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            var errors = 0;
            while (stopwatch.Elapsed < end)
            {
                var payload = user.Next();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(payload);
                    content.Headers.ContentType = new("application/json");
                    using var response = await client.PostAsync(endpoint, content);
                    if (response.StatusCode == HttpStatusCode.OK) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else errors++;
                }
                catch (HttpRequestException)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })));
        var elapsed = stopwatch.Elapsed;
        return new Phase([.. results.SelectMany(r => r.latencies)], results.Sum(r => r.errors), elapsed);
    }

    /// <summary>One user's messages: the activity JSON up to its text, built once, then each question in turn.</summary>
    private sealed class UserPayloads
    {
        private readonly byte[] _head;
        private readonly byte[][] _texts;
        private int _next;

        public UserPayloads(int user, string[] questions, string serviceUrl)
        {
            var aad = $"00000000-0000-0000-0000-{user + 1000:D12}";
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"bench-{user}",
                ["serviceUrl"] = serviceUrl,
                ["channelId"] = "msteams",
                ["from"] = new JsonObject { ["id"] = $"29:bench-user-{user}", ["name"] = $"User {user}", ["aadObjectId"] = aad },
                ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Bot" },
                ["conversation"] = new JsonObject { ["id"] = $"a:bench-{user}", ["conversationType"] = "personal", ["tenantId"] = "00000000-0000-0000-0000-0000000000001" },
                ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000001" } },
                ["locale"] = "ja-JP",
                ["textFormat"] = "plain",
            };
            _head = Encoding.UTF8.GetBytes(activity.ToJsonString().TrimEnd('}') + ",\"text\":");
            _texts = questions.Select(q => Encoding.UTF8.GetBytes(JsonValue.Create(q).ToJsonString() + "}")).ToArray();
            _next = user * 7; // users start at different questions
        }

        public byte[] Next()
        {
            var text = _texts[_next++ % _texts.Length];
            return [.. _head, .. text];
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }

    private static string OptionText(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from within the repository (ChatBot.sln not found above the binaries).");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Phase(List<double> Latencies, int Errors, TimeSpan Elapsed);

    /// <summary>Samples the working set every 50 ms and reads the kernel's high-water mark (VmHWM) at the end.</summary>
    private sealed class PeakMemorySampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public PeakMemorySampler() => _timer = new Timer(_ => Sample(), null, 0, 50);

        public double PeakMegabytes { get { Sample(); return Interlocked.Read(ref _peak) / 1048576.0; } }

        public double HighWaterMegabytes
        {
            get
            {
                const string Path = "/proc/self/status";
                if (!File.Exists(Path)) return PeakMegabytes;
                var line = File.ReadLines(Path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? PeakMegabytes : long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            using var process = Process.GetCurrentProcess();
            var current = process.WorkingSet64;
            long seen;
            while (current > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, current, seen) != seen)
            {
            }
        }
    }
}
