using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

/// <summary>One question of an evaluation set; <see cref="Expect"/> empty means the bot must abstain.</summary>
public sealed record KnowledgeEvaluationQuestion(string Question, IReadOnlyList<string> Expect, string? Locale = null)
{
    public bool OffTopic => Expect.Count == 0;
}

/// <summary>The quality figures of the knowledge search on an evaluation set.</summary>
/// <param name="Misses">Human-readable lines for each question the engine got wrong.</param>
public sealed record KnowledgeEvaluationResult(
    int OnTopic,
    int OffTopic,
    double HitAt1,
    double HitAt3,
    double MeanReciprocalRank,
    double AbstentionPrecision,
    double AbstentionRecall,
    IReadOnlyList<string> Misses);

/// <summary>
/// Measures the search and the abstention rule on an evaluation set (<c>questions: [{ q, expect: [ids] | none }]</c>).
/// An on-topic question counts as a hit at k when the answerer does not abstain and an expected id is among the
/// first k hits (a countermeasure counts for its pattern, a checklist item for its template); abstention precision and recall treat "abstain" as the positive class.
/// </summary>
public static class KnowledgeEvaluation
{
    public static IReadOnlyList<KnowledgeEvaluationQuestion> LoadQuestions(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var list = new List<KnowledgeEvaluationQuestion>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("questions")]).Children.Cast<YamlMappingNode>())
        {
            var q = ((YamlScalarNode)node.Children[new YamlScalarNode("q")]).Value ?? "";
            var expectNode = node.Children[new YamlScalarNode("expect")];
            IReadOnlyList<string> expect = expectNode is YamlSequenceNode seq
                ? seq.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
                : [];
            var locale = node.Children.TryGetValue(new YamlScalarNode("locale"), out var l) ? ((YamlScalarNode)l).Value : null;
            list.Add(new KnowledgeEvaluationQuestion(q, expect, locale));
        }

        return list;
    }

    public static KnowledgeEvaluationResult Evaluate(KnowledgeIndex index, KnowledgeAnswerer answerer, IEnumerable<KnowledgeEvaluationQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(answerer);
        int onTopic = 0, offTopic = 0, hit1 = 0, hit3 = 0, abstained = 0, abstainedOff = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var answer = answerer.Answer(question.Question, question.Locale);
            var hits = index.Search(question.Question, 12).Where(h => h.Kind != KnowledgeDocumentKind.OutOfScope).Take(10).ToList();
            if (!answer.Found)
            {
                abstained++;
            }

            if (question.OffTopic)
            {
                offTopic++;
                if (!answer.Found)
                {
                    abstainedOff++;
                }
                else
                {
                    misses.Add($"answered off-topic: {question.Question} → {answer.Id} ({answer.Score:F2})");
                }

                continue;
            }

            onTopic++;
            var rank = answer.Found ? hits.ToList().FindIndex(h => question.Expect.Contains(h.Id) || (h.ParentId is { } parent && question.Expect.Contains(parent))) + 1 : 0;
            if (rank == 1)
            {
                hit1++;
            }

            if (rank is >= 1 and <= 3)
            {
                hit3++;
            }

            if (rank > 0)
            {
                reciprocal += 1.0 / rank;
            }

            if (rank is 0 or > 3)
            {
                var top = string.Join(", ", hits.Take(3).Select(h => $"{h.Id} ({h.Coverage:F2})"));
                misses.Add($"{(answer.Found ? $"rank {rank}" : "abstained")}: {question.Question} → expected {string.Join("|", question.Expect)}; got {top}");
            }
        }

        return new KnowledgeEvaluationResult(onTopic, offTopic,
            Ratio(hit1, onTopic), Ratio(hit3, onTopic), onTopic == 0 ? 0 : reciprocal / onTopic,
            Ratio(abstainedOff, abstained), Ratio(abstainedOff, offTopic), misses);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
