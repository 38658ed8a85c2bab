namespace ChatBot.Domain.Privacy;

public static partial class MyNumberGuard
{
    /// <summary>
    /// A message that ends in this many digits or more keeps them back (masked, not counted): they may be the first
    /// part of a number that the next message completes, and by then this message is stored. Three digits or fewer
    /// leave nine or more to the next message, where the carried digits let the guard find and mask them.
    /// </summary>
    public const int HeldBackDigits = 4;

    private const int MaxCarried = NumberLength - 1;

    /// <summary>
    /// Masks a chat message that may continue the sender's previous one: <paramref name="carriedDigits"/> (from the
    /// previous result) are read as the start of a run this message begins with, so "123456" then "789018" is
    /// found and the second part masked. Digits the message ends with are held back (see <see cref="HeldBackDigits"/>).
    /// </summary>
    public static MessageGuardResult MaskMessage(string? text, string carriedDigits)
    {
        if (string.IsNullOrEmpty(text)) return new MessageGuardResult(text ?? string.Empty, 0, string.Empty);
        var digitCount = DigitChars.CountDigits(text);
        if (digitCount == 0) return new MessageGuardResult(text, 0, string.Empty);

        var runs = DigitRuns.Find(text, digitCount, Identifiers(text));
        var carried = runs.FirstRunLeads ? ParseCarried(carriedDigits) : [];
        var masked = new bool[runs.Count];
        var found = 0;
        (int Start, int End) last = default;
        foreach (var run in runs.Runs())
        {
            found += MarkNumbers(runs, run.Start, run.End, run.Start == 0 ? carried : [], masked);
            last = run;
        }

        var carry = string.Empty;
        if (runs.LastRunTrails)
        {
            var lastCarried = last.Start == 0 ? carried : [];
            if (lastCarried.Length + last.End - last.Start >= HeldBackDigits) masked.AsSpan(last.Start, last.End - last.Start).Fill(true);
            carry = Carry(lastCarried, runs, last);
        }
        return new MessageGuardResult(masked.Contains(true) ? Apply(text, runs, masked) : text, found, carry);
    }

    private static int[] ParseCarried(string digits)
    {
        var values = digits.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        return values.Length > MaxCarried ? values[^MaxCarried..] : values;
    }

    private static string Carry(int[] carried, DigitRuns runs, (int Start, int End) run)
    {
        var values = carried.Concat(runs.Digits[run.Start..run.End].Select(d => d.Value)).ToArray();
        return new string(values[Math.Max(0, values.Length - MaxCarried)..].Select(v => (char)('0' + v)).ToArray());
    }
}

/// <param name="Text">The message, masked.</param>
/// <param name="MaskedCount">How many numbers were masked (held-back digits are not counted: nothing was found yet).</param>
/// <param name="CarriedDigits">The last digits (at most eleven, ASCII) of a run the message ends with, for the
/// sender's next message. They may be part of a My Number: keep them in memory only, briefly, and never store or log them.</param>
public readonly record struct MessageGuardResult(string Text, int MaskedCount, string CarriedDigits)
{
    public bool Masked => MaskedCount > 0;
}
