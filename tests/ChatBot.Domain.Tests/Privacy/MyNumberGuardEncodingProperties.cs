using System.Text;
using ChatBot.Domain.Privacy;
using ChatBot.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Domain.Tests.Privacy;

/// <summary>
/// Finding 9 as properties: valid numbers written with a random digit script per digit, random separators between
/// any two digits, glued into longer digit runs, embedded in text or split over two messages. Read back with
/// <see cref="MyNumberEncodings.Normalize"/>, an oracle written apart from the guard.
/// </summary>
public class MyNumberGuardEncodingProperties
{
    private static readonly string[] Before = ["", "番号は", "My number: ", "メモ\n", "(", "ID "];
    private static readonly string[] After = ["", "です", " please", "。よろしく", ")", "\n以上"];

    private static Gen<string> Numbers =>
        Gen.Choose(0, 9).ArrayOf(11).Select(b => string.Concat(b) + MyNumberCheckDigit.Compute(b));

    private static Gen<string> AsciiDigits(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Choose(0, 9).ArrayOf(n)).Select(d => string.Concat(d));

    /// <summary>Each digit in a random script, and nothing or a random separator between any two digits.</summary>
    private static Gen<string> Rendered(string digits) =>
        from zeros in Gen.Elements<int>(MyNumberEncodings.DigitZeros).ArrayOf(digits.Length)
        from separators in Gen.Frequency<string>((2, Gen.Constant("")), (1, Gen.Elements<string>(MyNumberEncodings.Separators))).ArrayOf(Math.Max(0, digits.Length - 1))
        select Join(digits, zeros, separators);

    [Property(MaxTest = 1000)]
    public Property ValidNumber_InAnyEncodingAndEmbedding_LeavesNothingReadable() =>
        Prop.ForAll((
            from number in Numbers
            from prefix in AsciiDigits(0, 4)
            from suffix in AsciiDigits(0, 4)
            from rendered in Rendered(prefix + number + suffix)
            from before in Gen.Elements(Before)
            from after in Gen.Elements(After)
            select (Number: number, Extra: prefix.Length + suffix.Length, Text: before + rendered + after)).ToArbitrary(), c =>
        {
            var result = MyNumberGuard.Mask(c.Text);
            var readBack = MyNumberEncodings.Normalize(result.Text);
            return result.Masked
                && !MyNumberEncodings.Reveals(result.Text, c.Number)
                && readBack.Count(char.IsAsciiDigit) <= c.Extra // every digit of the number is masked
                && !MyNumberGuard.Mask(readBack).Masked;
        });

    [Property(MaxTest = 500)]
    public Property ValidNumber_SplitOverTwoMessages_LeavesAtMostThreeDigitsReadable() =>
        Prop.ForAll((
            from number in Numbers
            from split in Gen.Choose(1, 11)
            from first in Rendered(number[..split])
            from second in Rendered(number[split..])
            from end in Gen.Elements("", " ", "\n", "。")
            from start in Gen.Elements("", " ", "\n")
            select (Number: number, Split: split, First: "番号は" + first + end, Second: start + second + " です")).ToArbitrary(), c =>
        {
            var first = MyNumberGuard.MaskMessage(c.First, "");
            var second = MyNumberGuard.MaskMessage(c.Second, first.CarriedDigits);
            var firstKept = MyNumberEncodings.Normalize(first.Text).Count(char.IsAsciiDigit);
            return second.Masked
                && firstKept == (c.Split >= MyNumberGuard.HeldBackDigits ? 0 : c.Split)
                && !MyNumberEncodings.Normalize(second.Text).Any(char.IsAsciiDigit)
                && !MyNumberEncodings.Reveals(first.Text + second.Text, c.Number);
        });

    // False positives: digits in any script and with any separators are masked only when twelve of them are a number.
    [Property(MaxTest = 1000)]
    public Property AnyDigits_AreMaskedExactlyWhenTwelveOfThemAreANumber() =>
        Prop.ForAll((
            from digits in AsciiDigits(1, 24)
            from rendered in Rendered(digits)
            select (Digits: digits, Text: "メモ " + rendered + " 以上")).ToArbitrary(), c =>
        {
            var holdsNumber = Enumerable.Range(0, Math.Max(0, c.Digits.Length - 11)).Any(s => IsNumber(c.Digits.Substring(s, 12)));
            var result = MyNumberGuard.Mask(c.Text);
            return result.Masked == holdsNumber && (holdsNumber || ReferenceEquals(result.Text, c.Text));
        });

    private static bool IsNumber(string twelve) => twelve.Any(d => d != '0') && MyNumberCheckDigit.IsValidIndividualNumber(twelve);

    private static string Join(string digits, int[] zeros, string[] separators)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0) builder.Append(separators[i - 1]);
            builder.Append(char.ConvertFromUtf32(zeros[i] + digits[i] - '0'));
        }
        return builder.ToString();
    }
}
