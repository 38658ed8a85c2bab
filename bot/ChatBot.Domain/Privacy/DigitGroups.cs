namespace ChatBot.Domain.Privacy;

/// <summary>A maximal run of digits in a text, and the single separator (if any) that glues it to the previous run.</summary>
internal sealed record DigitGroup(string Digits, int[] Positions, char? Joiner)
{
    public bool JoinedToPrevious => Joiner is not null;

    public bool JoinedByHyphen => Joiner is { } c && !char.IsWhiteSpace(c);
}

internal static class DigitGroups
{
    // Half- and full-width spaces and the hyphen look-alikes people type between digit groups.
    private const string Separators = " \u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\u30FC\uFF70";

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    public static List<DigitGroup> Find(string text)
    {
        var groups = new List<DigitGroup>();
        var i = 0;
        var lastEnd = -2;
        while (i < text.Length)
        {
            if (DigitValue(text[i]) < 0) { i++; continue; }
            var start = i;
            var digits = new System.Text.StringBuilder();
            var positions = new List<int>();
            while (i < text.Length && DigitValue(text[i]) is var v && v >= 0)
            {
                digits.Append((char)('0' + v));
                positions.Add(i);
                i++;
            }
            char? joiner = lastEnd >= 0 && start == lastEnd + 2 && Separators.Contains(text[lastEnd + 1], StringComparison.Ordinal)
                ? text[lastEnd + 1] : null;
            groups.Add(new DigitGroup(digits.ToString(), positions.ToArray(), joiner));
            lastEnd = i - 1;
        }
        return groups;
    }
}
