using System.Text;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Lifecycle;

/// <summary>
/// Recognizes a short message that only names a lifecycle step ("廃棄", "取得の手順", "disposal guide") so it opens
/// the guided dialog. Anything longer or phrased as a question ("扶養控除等申告書はいつ廃棄？") is left to the
/// knowledge answerer: the whole message, minus a guide-like suffix, must be a step name.
/// </summary>
public static class LifecycleIntent
{
    public const int MaxLength = 24;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["collect"] = ["取得", "収集", "取得・収集", "取得収集", "取得と収集", "collect", "collection", "collecting", "acquisition", "acquire"],
        ["store"] = ["保管", "保存", "store", "storage", "storing", "keep", "retention"],
        ["use"] = ["利用", "use", "usage", "using"],
        ["provide"] = ["提供", "provide", "provision", "providing", "submission"],
        ["dispose"] = ["廃棄", "削除", "廃棄・削除", "削除・廃棄", "dispose", "disposal", "disposing", "deletion", "delete"],
    };

    // Longest first so "の手順" is removed before "手順".
    private static readonly string[] Suffixes =
    [
        "の手順", "手順", "のガイド", "ガイド", "の流れ", "の対策", "の確認", "の自己点検", "の点検", "チェック", "の取扱い", "の取扱",
        " guide", " steps", " procedure", " process", " checklist", " check", " self-assessment", " assessment",
    ];

    private static readonly string[] Prefixes = ["lifecycle ", "the ", "my number ", "マイナンバーの", "番号の", "個人番号の"];

    /// <summary>The lifecycle step id the message names, or null.</summary>
    public static string? Match(string? text, KnowledgeBase? knowledge = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > MaxLength) return null;
        foreach (var candidate in Candidates(normalized))
        {
            foreach (var (step, names) in Aliases)
                if (names.Contains(candidate, StringComparer.OrdinalIgnoreCase)) return step;
            var byTitle = knowledge?.Lifecycle.FirstOrDefault(s =>
                string.Equals(Normalize(s.Title.Ja), candidate, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Normalize(s.Title.En), candidate, StringComparison.OrdinalIgnoreCase));
            if (byTitle is not null) return byTitle.Id;
        }
        return null;
    }

    private static IEnumerable<string> Candidates(string text)
    {
        yield return text;
        foreach (var prefix in Prefixes.Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            var rest = text[prefix.Length..].Trim();
            yield return rest;
            foreach (var stripped in StripSuffix(rest)) yield return stripped;
        }
        foreach (var stripped in StripSuffix(text)) yield return stripped;
    }

    private static IEnumerable<string> StripSuffix(string text)
    {
        foreach (var suffix in Suffixes.Where(s => text.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            yield return text[..^suffix.Length].Trim();
    }

    private static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('。', '.', '!', '！').Trim().ToLowerInvariant();
}
