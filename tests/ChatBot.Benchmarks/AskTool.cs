using System.Globalization;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// A look inside one answer: the top hits with score and coverage, then the answer shown. For finding why a class of
/// questions misses. Run: <c>dotnet run -c Release --project tests/ChatBot.Benchmarks -- ask "質問" ["question" …]</c>.
/// </summary>
public static class AskTool
{
    public static int Run(string[] questions)
    {
        var kb = KnowledgeLoader.Load(Path.Combine(KnowledgeBenchmark.FindRepoRoot(), "knowledge"));
        using var index = KnowledgeIndex.Build(kb);
        var answerer = new KnowledgeAnswerer(index);
        foreach (var question in questions)
        {
            Console.WriteLine($"? {question}  (mentions domain: {index.MentionsDomain(question)})");
            foreach (var hit in index.Search(question, 6))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Score,8:F3} cov {hit.Coverage:F2} {hit.Kind,-14} {hit.Id}"));
            }

            var answer = answerer.Answer(question, null);
            Console.WriteLine($"→ {(answer.Found ? answer.Id : "abstain")} ({answer.Score:F2})\n{answer.Text}\n");
        }

        return 0;
    }
}
