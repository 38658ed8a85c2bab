using System.Globalization;
using System.Text;

namespace ChatBot.Domain.Privacy;

internal enum DigitCharKind : byte
{
    Other,
    Separator,
    Digit,

    /// <summary>A compatibility character that NFKC turns into several digits (⑩ → 10, ⒈ → 1.).</summary>
    Digits,
}

/// <summary>
/// What one code point is worth to the guard once NFKC-normalized: a decimal digit (any script: every character
/// of category Nd, and what NFKC maps to one, such as ① or ²), a separator people put between digit groups (any
/// space, line break, dash, dot, comma, slash, zero-width or other invisible character), or anything else.
/// Normalizing one code point at a time keeps every digit tied to its position in the original text.
/// </summary>
internal static class DigitChars
{
    private const byte Unknown = 0, OtherCode = 1, SeparatorCode = 2, DigitsCode = 3, DigitBase = 10;

    // Punctuation that is not a dash (Pd) but is typed between digit groups: dots, commas, slashes, the minus sign,
    // the katakana prolonged sound marks (ー, ｰ) that an IME puts in for a hyphen, and the Arabic separators.
    private const string PunctuationSeparators = ".,/\u00B7\u2027\u2219\u2024\u30FB\uFF65\u3001\u3002\uFF61\uFF64\u060C\u066B\u066C\u2044\u2215\u2212\u30FC\uFF70";

    // The BMP is classified lazily, once per character: NFKC of a single character allocates, so it must not
    // happen on every turn. Races write the same value.
    private static readonly byte[] Bmp = new byte[char.MaxValue + 1];

    /// <summary>How many digits the text holds, counting no further than <paramref name="enough"/>.</summary>
    public static int CountDigits(string text, int enough = int.MaxValue)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < enough;)
        {
            if (char.IsAsciiDigit(text[i])) { count++; i++; continue; }
            count += Read(text, i, out var length, out _, out var digits) switch
            {
                DigitCharKind.Digit => 1,
                DigitCharKind.Digits => digits!.Length,
                _ => 0,
            };
            i += length;
        }
        return count;
    }

    public static DigitCharKind Read(string text, int index, out int length, out int value, out string? digits)
    {
        var c = text[index];
        length = 1;
        digits = null;
        value = -1;
        if (char.IsAsciiDigit(c)) { value = c - '0'; return DigitCharKind.Digit; }

        byte code;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            code = Classify(char.ConvertToUtf32(c, text[index + 1]));
        }
        else
        {
            code = Bmp[c];
            if (code == Unknown) Bmp[c] = code = Classify(c);
        }

        switch (code)
        {
            case >= DigitBase:
                value = code - DigitBase;
                return DigitCharKind.Digit;
            case SeparatorCode:
                return DigitCharKind.Separator;
            case DigitsCode:
                digits = CompatDigits(text.Substring(index, length));
                return DigitCharKind.Digits;
            default:
                return DigitCharKind.Other;
        }
    }

    private static byte Classify(int codePoint)
    {
        if (codePoint < 0x80)
            return char.IsAsciiDigit((char)codePoint) ? (byte)(DigitBase + codePoint - '0')
                : IsSeparator(codePoint) ? SeparatorCode : OtherCode;
        var direct = ByCategory(codePoint);
        if (direct != Unknown) return direct;

        // Letters never normalize to digits or separators; a supplementary character is only worth normalizing
        // when it is a number (the enclosed digits 🄁); everything else would allocate for nothing.
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) return OtherCode;
        if (codePoint > char.MaxValue && category is not (UnicodeCategory.OtherNumber or UnicodeCategory.OtherPunctuation)) return OtherCode;

        var normalized = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKC);
        var digitCount = 0;
        var lastDigit = -1;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var code = rune.Value < 0x80 ? Classify(rune.Value) : ByCategory(rune.Value);
            if (code >= DigitBase) { digitCount++; lastDigit = code - DigitBase; }
            else if (code != SeparatorCode) return OtherCode;
        }
        return digitCount switch
        {
            0 => SeparatorCode,
            1 when normalized.Length == 1 => (byte)(DigitBase + lastDigit),
            _ => DigitsCode,
        };
    }

    /// <summary>The verdict the category alone gives (digits, invisible characters, spaces, dashes), else Unknown.</summary>
    private static byte ByCategory(int codePoint)
    {
        if (IsSeparator(codePoint)) return SeparatorCode;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.DecimalDigitNumber
            ? (byte)(DigitBase + (int)Rune.GetNumericValue(new Rune(codePoint)))
            : Unknown;
    }

    private static bool IsSeparator(int codePoint) =>
        (codePoint <= char.MaxValue && PunctuationSeparators.Contains((char)codePoint, StringComparison.Ordinal))
        || CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation;

    private static string CompatDigits(string codePoint)
    {
        var builder = new StringBuilder(4);
        foreach (var rune in codePoint.Normalize(NormalizationForm.FormKC).EnumerateRunes())
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber) builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
        return builder.ToString();
    }
}
