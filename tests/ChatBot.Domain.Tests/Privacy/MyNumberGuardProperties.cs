using ChatBot.Domain.Privacy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Domain.Tests.Privacy;

public class MyNumberGuardProperties
{
    private static readonly string[] Formats = ["plain", "spaced", "hyphenated", "fullwidth", "fullwidth-hyphen", "ideographic-space", "3-3-3-3"];

    private static Gen<int[]> Bases => Gen.Choose(0, 9).ArrayOf(11);

    private static string Digits(int[] base11, int checkDigit) => string.Concat(base11) + checkDigit;

    private static string Format(string digits, string format)
    {
        static string Wide(string s) => new(s.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c).ToArray());
        string Groups(int size, string sep) => string.Join(sep, Enumerable.Range(0, 12 / size).Select(i => digits.Substring(i * size, size)));
        return format switch
        {
            "spaced" => Groups(4, " "),
            "hyphenated" => Groups(4, "-"),
            "fullwidth" => Wide(digits),
            "fullwidth-hyphen" => Wide(Groups(4, "－")),
            "ideographic-space" => Groups(4, "\u3000"),
            "3-3-3-3" => Groups(3, "-"),
            _ => digits,
        };
    }

    [Property(MaxTest = 500)]
    public Property EveryValidNumber_InEverySupportedFormatting_IsMasked() =>
        Prop.ForAll(Bases.ToArbitrary(), Gen.Elements(Formats).ToArbitrary(), (base11, format) =>
        {
            var number = Format(Digits(base11, MyNumberCheckDigit.Compute(base11)), format);
            var result = MyNumberGuard.Mask($"番号は{number}です");
            return result.MaskedCount == 1 && !result.Text.Any(c => DigitOf(c) >= 0);
        });

    [Property(MaxTest = 500)]
    public Property NumbersWithAWrongCheckDigit_AreNotDetected() =>
        Prop.ForAll(Bases.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), Gen.Elements(Formats).ToArbitrary(), (base11, offset, format) =>
        {
            var wrong = (MyNumberCheckDigit.Compute(base11) + offset) % 10;
            var text = Format(Digits(base11, wrong), format);
            return !MyNumberGuard.Mask(text).Masked;
        });

    // Finding 9: a longer run (a 13-digit 法人番号 too) is masked when, and only when, twelve of its digits are a number.
    [Property(MaxTest = 500)]
    public Property LongerRuns_AreMaskedExactlyWhenTwelveOfTheirDigitsAreANumber() =>
        Prop.ForAll(Gen.Choose(13, 20).SelectMany(n => Gen.Choose(0, 9).ArrayOf(n)).ToArbitrary(), digits =>
        {
            var holdsNumber = Enumerable.Range(0, digits.Length - 11).Any(s =>
                digits.Skip(s).Take(12).Any(d => d != 0) && MyNumberCheckDigit.IsValidIndividualNumber(digits.AsSpan(s, 12)));
            var result = MyNumberGuard.Mask(string.Concat(digits));
            return result.Masked == holdsNumber && (!holdsNumber || result.Text.All(c => c == MyNumberGuard.MaskChar));
        });

    [Property(MaxTest = 2000)]
    public Property Guids_AreNeverMasked() =>
        Prop.ForAll(Gen.Choose(0, 15).ArrayOf(32).ToArbitrary(), Gen.Elements("N", "D", "B").ToArbitrary(), (nibbles, format) =>
        {
            var id = new Guid(Convert.FromHexString(string.Concat(nibbles.Select(n => n.ToString("x", System.Globalization.CultureInfo.InvariantCulture))))).ToString(format);
            return MyNumberGuard.Mask(id).Text == id && MyNumberGuard.Mask($"担当 {id} です").Text == $"担当 {id} です";
        });

    private static int DigitOf(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;
}
