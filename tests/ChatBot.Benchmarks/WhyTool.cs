using System.Globalization;
using System.Text;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// Sorts the misses of blind sets into classes: for each missed answerable question, the top hits (marking an entry
/// whose answer holds every keyword group with *) and how many entries anywhere would pass. A passing entry ranked
/// low is a ranking miss; none anywhere is a content gap. Run: <c>ChatBot.Benchmarks why set.yaml [...]</c>.
/// </summary>
public static class WhyTool
{
    public static int Run(string[] args)
    {
        var kb = KnowledgeLoader.Load(Path.Combine(KnowledgeBenchmark.FindRepoRoot(), "knowledge"));
        using var index = KnowledgeIndex.Build(kb);
        var answerer = new KnowledgeAnswerer(index);
        foreach (var path in args)
        {
            foreach (var q in KnowledgeAnswerEvaluation.Load(path, "en-US").Where(q => !q.MustAbstain))
            {
                var answer = answerer.Answer(q.Question, q.Locale);
                if (answer.Found && answer.Citations.Count > 0 && Passes(answer.Text, q.Must))
                {
                    continue;
                }

                var language = KnowledgeAnswerer.LanguageOf(q.Question, q.Locale);
                var passing = kb.Entries.Where(e => Passes(e.Answer.Get(language), q.Must)).Select(e => e.Id).ToHashSet();
                Console.WriteLine($"? {q.Question}  [{(answer.Found ? answer.Id : answer.OutOfScopeTopic ?? "abstain")}] passing anywhere: {string.Join(", ", passing.Take(5))}{(passing.Count > 5 ? $" (+{passing.Count - 5})" : "")}");
                foreach (var hit in index.Search(q.Question, 8))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"   {(passing.Contains(hit.Id) ? '*' : ' ')} {hit.Score,7:F3} cov {hit.Coverage:F2} {hit.Kind,-14} {hit.Id}"));
                }
            }
        }

        return 0;
    }

    private static bool Passes(string text, IReadOnlyList<IReadOnlyList<string>> must)
    {
        var folded = Fold(text);
        return must.All(g => g.Any(k => folded.Contains(Fold(k), StringComparison.Ordinal)));
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != '*') builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
