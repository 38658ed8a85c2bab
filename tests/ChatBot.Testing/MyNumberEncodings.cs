using System.Globalization;
using System.Text;

namespace ChatBot.Testing;

/// <summary>
/// How a hostile test wrote My Numbers past the guard (finding 9, issue 12), and an oracle that reads text back the
/// way a person would. The oracle is written from the finding, not from the guard, so a gap in the guard's
/// normalization cannot hide itself.
/// </summary>
public static class MyNumberEncodings
{
    /// <summary>The zero of every block of ten Unicode decimal digits (ASCII, ０, ٠, ۰, ०, ০, ๐, 𝟎, 𝟘 …).</summary>
    public static IReadOnlyList<int> DigitZeros { get; } = FindDigitZeros();

    /// <summary>What people (and the hostile test) put between digits.</summary>
    public static IReadOnlyList<string> Separators { get; } =
    [
        " ", "  ", "\u00A0", "\u3000", "\n", "\r\n", "\t", "-", "\u2010", "\u2013", "\u2014", "\u30FC", "\uFF0D", "\u2212",
        ".", ",", "/", "\u30FB", "\u3001", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
    ];

    /// <summary>The variants of finding 9, for one 12-digit number written in ASCII.</summary>
    public static IReadOnlyList<(string Name, string Text)> Variants(string number)
    {
        string Groups(string separator) => string.Join(separator, number[..4], number[4..8], number[8..]);
        static string Script(int zero, string digits) => string.Concat(digits.Select(c => char.ConvertFromUtf32(zero + c - '0')));
        return
        [
            ("no-break space", Groups("\u00A0")),
            ("newline", Groups("\n")),
            ("two spaces", Groups("  ")),
            ("dots", Groups(".")),
            ("zero-width spaces", string.Join("\u200B", number.Select(c => c.ToString()))),
            ("word joiner and soft hyphen", Groups("\u2060\u00AD")),
            ("Arabic-Indic", Script(0x0660, number)),
            ("Devanagari", Script(0x0966, number)),
            ("fullwidth", Script(0xFF10, number)),
            ("mathematical bold", Script(0x1D7CE, number)),
            ("mixed scripts and dashes", $"{Script(0x0660, number[..4])}ー{Script(0x1D7F6, number[4..8])}—{number[8..]}"),
            ("inside a 15-digit run", "987" + number),
        ];
    }

    /// <summary>Reads text as a person would: NFKC, every decimal digit as its ASCII value, separators dropped.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.DecimalDigitNumber) builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            else if (!IsSeparator(rune, category)) builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Whether the twelve digits can be read in the text, in any script, whatever separates them.</summary>
    public static bool Reveals(string text, string number) => Normalize(text).Contains(number, StringComparison.Ordinal);

    private static bool IsSeparator(Rune rune, UnicodeCategory category) =>
        Rune.IsWhiteSpace(rune)
        || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
        || ".,/\u30FB\uFF65\u3001\u3002\u00B7\u2212\u30FC\uFF70".Contains(rune.ToString(), StringComparison.Ordinal);

    private static List<int> FindDigitZeros()
    {
        var zeros = new List<int>();
        for (var cp = 0; cp <= 0x10FFF6; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            if (Enumerable.Range(0, 10).All(v => IsDigit(cp + v, v))) zeros.Add(cp);
        }
        return zeros;
    }

    private static bool IsDigit(int codePoint, int value) =>
        !(codePoint is >= 0xD800 and <= 0xDFFF)
        && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.DecimalDigitNumber
        && (int)Rune.GetNumericValue(new Rune(codePoint)) == value;
}
