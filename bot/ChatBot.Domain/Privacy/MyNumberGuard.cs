using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Domain.Privacy;

/// <summary>
/// Finds individual numbers (12 digits with a valid check digit) in free text and masks them, so that
/// nothing a user types is stored or logged with a My Number in it. Full-width digits and single
/// spaces or hyphens between digit groups count; a longer unbroken digit run (e.g. a 13-digit
/// 法人番号) does not. Nor does a GUID (an Entra object id, an id the bot put in a card): its digits are
/// part of an identifier, and masking them would break the reference.
/// </summary>
public static partial class MyNumberGuard
{
    public const char MaskChar = '*';

    public static GuardResult Mask(string? text)
    {
        if (string.IsNullOrEmpty(text)) return new GuardResult(text ?? string.Empty, 0);
        if (!HasEnoughDigits(text)) return new GuardResult(text, 0);

        var groups = DigitGroups.Find(WithoutIdentifiers(text));
        if (groups.Count == 0) return new GuardResult(text, 0);

        char[]? buffer = null;
        var masked = 0;
        var i = 0;
        while (i < groups.Count)
        {
            var window = TryMatchAt(groups, i);
            if (window is null) { i++; continue; }
            buffer ??= text.ToCharArray();
            for (var g = i; g < i + window.Value; g++)
                foreach (var position in groups[g].Positions) buffer[position] = MaskChar;
            masked++;
            i += window.Value;
        }
        return masked == 0 ? new GuardResult(text, 0) : new GuardResult(new string(buffer!), masked);
    }

    public static bool ContainsMyNumber(string? text) => Mask(text).MaskedCount > 0;

    /// <summary>Number of consecutive groups (starting at <paramref name="start"/>) forming a valid number, or null.</summary>
    private static int? TryMatchAt(List<DigitGroup> groups, int start)
    {
        // A number starts at a group that is not glued to a previous one by a separator, or at any group
        // boundary inside a run: "1234 5678 9018 1111" still yields its first twelve digits.
        var digits = new StringBuilder(12);
        for (var g = start; g < groups.Count; g++)
        {
            if (g > start && !groups[g].JoinedToPrevious) return null;
            digits.Append(groups[g].Digits);
            if (digits.Length > 12) return null;
            if (digits.Length == 12)
                return IsUsualGrouping(groups, start, g) && MyNumberCheckDigit.IsValidIndividualNumber(digits.ToString()) ? g - start + 1 : null;
        }
        return null;
    }

    // People write the number unbroken, 4-4-4 (as printed on the card), 3-3-3-3 or 6-6. Other splits
    // (a GUID's 8-4, a phone number) are not taken for one.
    // A hyphen chaining more digits on either side (GUIDs, account or phone numbers) makes it part of a
    // longer identifier; a space does not ("123456789018 5人").
    private static bool IsUsualGrouping(List<DigitGroup> groups, int first, int last)
    {
        if (groups[first].JoinedByHyphen || (last + 1 < groups.Count && groups[last + 1].JoinedByHyphen)) return false;
        if (first == last) return true;
        var size = groups[first].Digits.Length;
        if (size is not (3 or 4 or 6)) return false;
        for (var g = first + 1; g <= last; g++)
            if (groups[g].Digits.Length != size) return false;
        return true;
    }

    // Digits inside a GUID become letters (positions kept), so no group can start or end in one.
    private static string WithoutIdentifiers(string text)
    {
        var matches = Identifier().Matches(text);
        if (matches.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (Match match in matches)
            chars.AsSpan(match.Index, match.Length).Fill('x');
        return new string(chars);
    }

    // 8-4-4-4-12 or 32 hex digits, standing alone (a random GUID holds a check-digit-valid 12-digit run ~0.1% of the time).
    [GeneratedRegex("(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32})(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    private static bool HasEnoughDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (DigitGroups.DigitValue(c) >= 0 && ++count >= 12) return true;
        return false;
    }
}

public readonly record struct GuardResult(string Text, int MaskedCount)
{
    public bool Masked => MaskedCount > 0;
}
