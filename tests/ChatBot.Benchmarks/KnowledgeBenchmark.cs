using System.Diagnostics;
using System.Globalization;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// Knowledge-search figures: index build time, hit@1/hit@3/MRR and abstention precision/recall on the evaluation set,
/// and answer latency percentiles. Run: <c>dotnet run -c Release --project tests/ChatBot.Benchmarks -- knowledge</c>
/// (options: <c>--root &lt;repo&gt;</c>, <c>--queries &lt;n&gt;</c>). Returns 0 when every target is met.
/// </summary>
public static class KnowledgeBenchmark
{
    private const double HitAt3Target = 0.95;
    private const double AbstentionTarget = 0.95;
    private const double P95TargetMs = 5;
    private const double BuildTargetMs = 1000;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var repo = Option(args, "--root") ?? FindRepoRoot();
        var queries = int.Parse(Option(args, "--queries") ?? "3000", CultureInfo.InvariantCulture);
        var knowledgeRoot = Path.Combine(repo, "knowledge");
        var evalSet = Path.Combine(repo, "tests", "ChatBot.Domain.Tests", "Knowledge", "eval-set.yaml");

        var watch = Stopwatch.StartNew();
        var kb = KnowledgeLoader.Load(knowledgeRoot);
        var loadMs = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var index = KnowledgeIndex.Build(kb);
        var coldBuildMs = watch.Elapsed.TotalMilliseconds;
        var warmBuilds = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            using var again = KnowledgeIndex.Build(kb);
            warmBuilds.Add(watch.Elapsed.TotalMilliseconds);
        }

        var answerer = new KnowledgeAnswerer(index);
        var questions = KnowledgeEvaluation.LoadQuestions(evalSet);
        var result = KnowledgeEvaluation.Evaluate(index, answerer, questions);

        for (var i = 0; i < 300; i++)
        {
            _ = answerer.Answer(questions[i % questions.Count].Question, null);
        }

        var latencies = new double[Math.Max(queries, 2000)];
        var cpuStart = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        for (var i = 0; i < latencies.Length; i++)
        {
            var question = questions[i % questions.Count];
            var start = Stopwatch.GetTimestamp();
            _ = answerer.Answer(question.Question, question.Locale);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var cpuPerQueryMs = (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpuStart).TotalMilliseconds / latencies.Length;
        Array.Sort(latencies);
        var warmBuildMs = Percentile([.. warmBuilds.Order()], 0.5);
        var p50 = Percentile(latencies, 0.50);
        var p95 = Percentile(latencies, 0.95);
        var p99 = Percentile(latencies, 0.99);

        var ok = true;
        Console.WriteLine("Knowledge benchmark");
        Console.WriteLine($"  content    {kb.Entries.Count} entries, {kb.Lifecycle.Sum(s => s.Patterns.Count)} patterns, {kb.Measures.Count} measures, {kb.Glossary.Count} terms, {kb.Checklists.Sum(c => c.Items.Count)} checklist items; {index.DocumentCount} documents");
        Console.WriteLine($"  load       {loadMs,8:F1} ms (YAML + validation)");
        ok &= Line("build cold", coldBuildMs, "ms", BuildTargetMs, lowerIsBetter: true);
        ok &= Line("build warm", warmBuildMs, "ms", BuildTargetMs, lowerIsBetter: true);
        Console.WriteLine($"  eval set   {result.OnTopic} on-topic, {result.OffTopic} off-topic questions");
        Console.WriteLine($"  hit@1      {result.HitAt1,8:F3}");
        ok &= Line("hit@3", result.HitAt3, "", HitAt3Target, lowerIsBetter: false);
        Console.WriteLine($"  MRR        {result.MeanReciprocalRank,8:F3}");
        ok &= Line("abstain P", result.AbstentionPrecision, "", AbstentionTarget, lowerIsBetter: false);
        ok &= Line("abstain R", result.AbstentionRecall, "", AbstentionTarget, lowerIsBetter: false);
        Console.WriteLine($"  latency    over {latencies.Length} answers after warm-up");
        Console.WriteLine($"  p50        {p50,8:F3} ms");
        ok &= Line("p95", p95, "ms", P95TargetMs, lowerIsBetter: true);
        Console.WriteLine($"  p99        {p99,8:F3} ms");
        Console.WriteLine($"  cpu/answer {cpuPerQueryMs,8:F3} ms (process CPU time, incl. GC; wall-clock percentiles include waiting for a CPU on a busy machine)");
        foreach (var miss in result.Misses)
        {
            Console.WriteLine($"  miss: {miss}");
        }

        index.Dispose();
        Console.WriteLine(ok ? "All knowledge targets met." : "Some knowledge targets were missed.");
        return ok ? 0 : 1;
    }

    private static bool Line(string name, double value, string unit, double target, bool lowerIsBetter)
    {
        var met = lowerIsBetter ? value <= target : value >= target;
        var format = unit.Length == 0 ? "F3" : "F1";
        var comparison = lowerIsBetter ? "≤" : "≥";
        Console.WriteLine($"  {name,-10} {value.ToString(format, CultureInfo.InvariantCulture),8} {unit,-2} (target {comparison} {target.ToString(CultureInfo.InvariantCulture)}{unit}) {(met ? "ok" : "MISSED")}");
        return met;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("No repository root (ChatBot.sln with knowledge/) found; pass --root <path>.");
    }
}
