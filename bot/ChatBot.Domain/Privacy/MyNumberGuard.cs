using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Domain.Privacy;

/// <summary>
/// Finds individual numbers (12 digits with a valid check digit) in free text and masks them, so that nothing a
/// user types is stored or logged with a My Number in it. Digits are read as NFKC gives them, in any script
/// (０, ٣, ७, 𝟗, ②); separators of any kind and count between them are ignored, so "1234 5678 9018", groups
/// joined by two no-break spaces or dots, and digits split by zero-width spaces are all one run. A run of twelve or
/// more digits holds a number when any twelve consecutive digits in it carry a valid check digit: a number hidden in
/// a longer run is still a number. The digit groups such a window touches are masked, separators kept.
/// A GUID (an Entra object id, an id the bot put in a card) is left alone: its digits are part of an identifier,
/// and masking them would break the reference.
/// </summary>
public static partial class MyNumberGuard
{
    public const char MaskChar = '*';

    private const int NumberLength = 12;

    public static GuardResult Mask(string? text)
    {
        if (string.IsNullOrEmpty(text)) return new GuardResult(text ?? string.Empty, 0);
        var digitCount = DigitChars.CountDigits(text);
        if (digitCount < NumberLength) return new GuardResult(text, 0);

        var runs = DigitRuns.Find(text, digitCount, Identifiers(text));
        var masked = new bool[runs.Count];
        var found = 0;
        foreach (var (start, end) in runs.Runs()) found += MarkNumbers(runs, start, end, [], masked);
        return found == 0 ? new GuardResult(text, 0) : new GuardResult(Apply(text, runs, masked), found);
    }

    public static bool ContainsMyNumber(string? text) => Mask(text).MaskedCount > 0;

    /// <summary>
    /// Marks every group of the run [start, end) that a valid twelve-digit window touches; <paramref name="carried"/>
    /// are digits before the run that are not in this text (the end of the previous message).
    /// </summary>
    /// <returns>How many numbers the run holds (windows counted without overlap).</returns>
    private static int MarkNumbers(DigitRuns runs, int start, int end, ReadOnlySpan<int> carried, bool[] masked)
    {
        var length = carried.Length + end - start;
        if (length < NumberLength) return 0;
        var values = new int[length];
        carried.CopyTo(values);
        for (var d = start; d < end; d++) values[carried.Length + d - start] = runs.Digits[d].Value;

        var found = 0;
        var nextCounted = 0;
        var any = false;
        for (var s = 0; s + NumberLength <= length; s++)
        {
            var window = values.AsSpan(s, NumberLength);
            // Twelve zeros pass the check digit formula but are nobody's number: padding in amounts and test ids.
            if (!window.ContainsAnyExcept(0) || !MyNumberCheckDigit.IsValidIndividualNumber(window)) continue;
            for (var k = Math.Max(s, carried.Length); k < s + NumberLength; k++) masked[start + k - carried.Length] = true;
            any = true;
            if (s < nextCounted) continue;
            found++;
            nextCounted = s + NumberLength;
        }
        if (any) WidenToGroups(runs, start, end, masked);
        return found;
    }

    // A group written side by side is masked whole, so no digit of it is left next to the mask.
    private static void WidenToGroups(DigitRuns runs, int start, int end, bool[] masked)
    {
        var groupStart = start;
        for (var d = start + 1; d <= end; d++)
        {
            if (d < end && !runs.Digits[d].StartsGroup) continue;
            var group = masked.AsSpan(groupStart, d - groupStart);
            if (group.Contains(true)) group.Fill(true);
            groupStart = d;
        }
    }

    private static string Apply(string text, DigitRuns runs, bool[] masked)
    {
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        for (var d = 0; d < runs.Count; d++)
        {
            var digit = runs.Digits[d];
            if (!masked[d] || digit.Owner < copied) continue;
            builder.Append(text, copied, digit.Owner - copied).Append(MaskChar);
            copied = digit.Owner + digit.OwnerLength;
        }
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    // Only an ASCII GUID in the original text, with at least one hex letter: thirty-two decimal digits are a
    // digit run, not an identifier (a random GUID is all decimal once in three million).
    private static IReadOnlyList<(int Start, int End)> Identifiers(string text)
    {
        List<(int Start, int End)>? spans = null;
        foreach (var match in Identifier().EnumerateMatches(text))
        {
            if (text.AsSpan(match.Index, match.Length).ContainsAny(HexLetters)) (spans ??= []).Add((match.Index, match.Index + match.Length));
        }
        return spans ?? [];
    }

    private static readonly System.Buffers.SearchValues<char> HexLetters = System.Buffers.SearchValues.Create("abcdefABCDEF");

    // 8-4-4-4-12 or 32 hex digits, standing alone (a random GUID holds a check-digit-valid 12-digit run ~0.1% of the time).
    [GeneratedRegex("(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32})(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}

public readonly record struct GuardResult(string Text, int MaskedCount)
{
    public bool Masked => MaskedCount > 0;
}
