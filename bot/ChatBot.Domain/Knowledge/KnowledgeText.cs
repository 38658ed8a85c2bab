using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

/// <summary>Text helpers shared by the loader, the index and the answerer: normalization, Markdown stripping, lengths.</summary>
internal static partial class KnowledgeText
{
    /// <summary>
    /// The normalization applied to indexed text and to queries alike: NFKC (full-width Latin and digits, half-width
    /// katakana), lower case, and katakana folded to hiragana so that マイナンバー and まいなんばー match.
    /// </summary>
    public static string Normalize(string text) => FoldKana(NormalizeWidth(text));

    /// <summary>NFKC (full-width Latin and digits, half-width katakana) and lower case; kana untouched.</summary>
    public static string NormalizeWidth(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Katakana folded to hiragana, one character for one (so indexes stay valid).</summary>
    public static string FoldKana(string text)
    {
        var chars = text.ToCharArray();
        FoldKana(chars, chars.Length);
        return new string(chars);
    }

    public static void FoldKana(char[] chars, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var c = chars[i];
            if (c is (>= '\u30A1' and <= '\u30F6') or '\u30FD' or '\u30FE')
            {
                chars[i] = (char)(c - 0x60); // ァ..ヶ ヽヾ → ぁ..ゖ ゝゞ
            }
        }
    }

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F') or '々' or '〆';

    public static bool IsKanji(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '々';

    public static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Markdown reduced to what a reader sees: no emphasis marks, bullets, heading marks or link targets.</summary>
    public static string Plain(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        text = LinePrefix().Replace(text, "");
        return text;
    }

    /// <summary>Visible characters (text elements) of a Markdown text, line breaks not counted.</summary>
    public static int VisibleLength(string markdown)
    {
        var plain = Plain(markdown).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        return new StringInfo(plain).LengthInTextElements;
    }

    /// <summary>Plain text on one line, cut at <paramref name="max"/> characters with an ellipsis (never inside a surrogate pair).</summary>
    public static string Shorten(string markdown, int max)
    {
        var plain = Whitespace().Replace(Plain(markdown), " ").Trim();
        if (plain.Length <= max)
        {
            return plain;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(plain[cut - 1]))
        {
            cut--;
        }

        return plain[..cut].TrimEnd() + "…";
    }

    /// <summary>The first sentence (or line) of a text, for summaries.</summary>
    public static string FirstSentence(string markdown)
    {
        var plain = Plain(markdown).Trim();
        var end = plain.IndexOfAny(['。', '\n']);
        var dot = plain.IndexOf(". ", StringComparison.Ordinal);
        if (dot >= 0 && (end < 0 || dot < end))
        {
            end = dot;
        }

        return end < 0 ? plain : plain[..(end + 1)].Trim();
    }

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?m)^\s*(?:[-*+]\s+|\d+\.\s+|#+\s+|>\s*)")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
