using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// One question of a blind set: <see cref="Must"/> holds keyword groups, each satisfied by any one of its alternatives
/// appearing in the answer shown; empty <see cref="Must"/> means the bot must abstain.
/// </summary>
public sealed record KnowledgeAnswerQuestion(string Question, IReadOnlyList<IReadOnlyList<string>> Must, string Topic, string? Locale)
{
    public bool MustAbstain => Must.Count == 0;
}

/// <summary>The figures of a blind set: the answer shown judged by content, not by which entry it came from.</summary>
public sealed record KnowledgeAnswerEvaluationResult(
    int Answerable,
    int MustAbstain,
    double Hit,
    double AbstentionPrecision,
    double AbstentionRecall,
    IReadOnlyList<string> Misses);

/// <summary>
/// Judges the single answer the user sees: a hit when the bot answers with at least one citation and the text holds
/// every keyword group (case- and width-insensitive). Written for sets whose authors never saw <c>knowledge/</c>,
/// so it cannot reward matching an id: only the content counts.
/// </summary>
public static class KnowledgeAnswerEvaluation
{
    public static IReadOnlyList<KnowledgeAnswerQuestion> Load(string path, string? locale = null)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var list = new List<KnowledgeAnswerQuestion>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("questions")]).Children.Cast<YamlMappingNode>())
        {
            var q = Scalar(node, "q") ?? "";
            var must = node.Children.TryGetValue(new YamlScalarNode("must"), out var m) && m is YamlSequenceNode groups
                ? groups.Children.OfType<YamlSequenceNode>()
                    .Select(g => (IReadOnlyList<string>)g.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList())
                    .Where(g => g.Count > 0).ToList()
                : [];
            list.Add(new KnowledgeAnswerQuestion(q, must, Scalar(node, "topic") ?? "", locale));
        }

        return list;
    }

    public static KnowledgeAnswerEvaluationResult Evaluate(KnowledgeAnswerer answerer, IEnumerable<KnowledgeAnswerQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        int answerable = 0, mustAbstain = 0, hits = 0, abstained = 0, abstainedRightly = 0;
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var answer = answerer.Answer(question.Question, question.Locale);
            abstained += answer.Found ? 0 : 1;
            if (question.MustAbstain)
            {
                mustAbstain++;
                if (answer.Found) misses.Add($"answered [{question.Topic}]: {question.Question} → {answer.Id} ({answer.Score:F2})");
                else abstainedRightly++;
                continue;
            }

            answerable++;
            var text = Fold(answer.Text);
            var missing = question.Must.Where(group => !group.Any(k => text.Contains(Fold(k), StringComparison.Ordinal))).ToList();
            if (answer.Found && answer.Citations.Count > 0 && missing.Count == 0)
            {
                hits++;
            }
            else
            {
                var why = answer.Found ? $"→ {answer.Id} lacks {string.Join(" & ", missing.Select(g => string.Join("|", g)))}" : answer.OutOfScopeTopic is { } topic ? $"→ declined as {topic}" : $"→ abstained ({answer.Score:F2})";
                misses.Add($"miss [{question.Topic}]: {question.Question} {why}");
            }
        }

        return new KnowledgeAnswerEvaluationResult(answerable, mustAbstain, Ratio(hits, answerable),
            Ratio(abstainedRightly, abstained), Ratio(abstainedRightly, mustAbstain), misses);
    }

    /// <summary>NFKC (full-width → half-width), lower case, no spaces: how a reader compares wording.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != '*') builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
