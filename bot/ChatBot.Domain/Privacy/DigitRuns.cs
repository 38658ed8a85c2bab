namespace ChatBot.Domain.Privacy;

/// <summary>One digit of a text: its value and the code point it was read from (a ⑩ yields two digits of one code point).</summary>
internal readonly record struct TextDigit(int Value, int Owner, int OwnerLength, bool StartsGroup, bool StartsRun);

/// <summary>
/// The digits of a text in reading order. A group is digits written side by side; a run is groups joined by nothing
/// but separators ("1234 5678\u200B9018" is one run of three groups). Characters inside <c>excluded</c> spans (the
/// identifiers the guard leaves alone) end a run like any other character.
/// </summary>
internal sealed class DigitRuns
{
    private DigitRuns(TextDigit[] digits, int count, bool leading, bool trailing)
    {
        Digits = digits;
        Count = count;
        FirstRunLeads = leading;
        LastRunTrails = trailing;
    }

    public TextDigit[] Digits { get; }

    public int Count { get; }

    /// <summary>Only separators come before the first run: it may continue digits that ended the previous message.</summary>
    public bool FirstRunLeads { get; }

    /// <summary>Only separators come after the last run: the next message may continue it.</summary>
    public bool LastRunTrails { get; }

    /// <summary>Start (inclusive) and end (exclusive) of every run, in order.</summary>
    public IEnumerable<(int Start, int End)> Runs()
    {
        var start = 0;
        for (var i = 1; i <= Count; i++)
        {
            if (i < Count && !Digits[i].StartsRun) continue;
            yield return (start, i);
            start = i;
        }
    }

    public static DigitRuns Find(string text, int digitCount, IReadOnlyList<(int Start, int End)> excluded)
    {
        var digits = new TextDigit[digitCount];
        var count = 0;
        var onlySeparatorsSoFar = true;
        var leading = false;
        var brokenSinceDigit = true;   // a non-separator since the last digit: the next digit starts a run
        var separatedSinceDigit = true; // any non-digit since the last digit: the next digit starts a group
        var nextExcluded = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (nextExcluded < excluded.Count && i >= excluded[nextExcluded].Start)
            {
                i = excluded[nextExcluded++].End;
                brokenSinceDigit = separatedSinceDigit = true;
                onlySeparatorsSoFar = false;
                continue;
            }

            var kind = DigitChars.Read(text, i, out var length, out var value, out var several);
            switch (kind)
            {
                case DigitCharKind.Digit:
                    if (count == 0) leading = onlySeparatorsSoFar;
                    digits[count++] = new TextDigit(value, i, length, separatedSinceDigit, brokenSinceDigit);
                    brokenSinceDigit = separatedSinceDigit = false;
                    break;
                case DigitCharKind.Digits:
                    if (count == 0) leading = onlySeparatorsSoFar;
                    foreach (var d in several!)
                    {
                        digits[count++] = new TextDigit(d - '0', i, length, separatedSinceDigit, brokenSinceDigit);
                        brokenSinceDigit = separatedSinceDigit = false;
                    }
                    break;
                case DigitCharKind.Separator:
                    separatedSinceDigit = true;
                    break;
                default:
                    brokenSinceDigit = separatedSinceDigit = true;
                    onlySeparatorsSoFar = false;
                    break;
            }
            i += length;
        }
        return new DigitRuns(digits, count, leading, count > 0 && !brokenSinceDigit);
    }
}
