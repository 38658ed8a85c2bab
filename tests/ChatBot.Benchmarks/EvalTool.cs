using System.Globalization;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// Judges the answers shown for an evaluation set in the blind-set format (any file, e.g. one held out of the repo):
/// hit, abstention precision and recall, then every miss. Asked from an en-US client, as the Playground does.
/// Run: <c>dotnet run -c Release --project tests/ChatBot.Benchmarks -- eval path/to/set.yaml</c>.
/// </summary>
public static class EvalTool
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ChatBot.Benchmarks eval set.yaml [...]");
            return 2;
        }

        var kb = KnowledgeLoader.Load(Path.Combine(KnowledgeBenchmark.FindRepoRoot(), "knowledge"));
        using var index = KnowledgeIndex.Build(kb);
        var answerer = new KnowledgeAnswerer(index);
        foreach (var path in args)
        {
            var result = KnowledgeAnswerEvaluation.Evaluate(answerer, KnowledgeAnswerEvaluation.Load(path, "en-US"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}: hit {result.Hit:F3} precision {result.AbstentionPrecision:F3} recall {result.AbstentionRecall:F3} ({result.Answerable} + {result.MustAbstain})"));
            foreach (var miss in result.Misses)
            {
                Console.WriteLine(miss);
            }
        }

        return 0;
    }
}
