using ChatBot.Domain.Privacy;
using ChatBot.Testing;

namespace ChatBot.Domain.Tests.Privacy;

/// <summary>Finding 9 (issue 12): numbers in unusual encodings reached knowledge_answers.question.</summary>
public class MyNumberGuardEncodingTests
{
    private const string Number = "123456789018";

    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, text) in MyNumberEncodings.Variants(Number)) data.Add(name, text);
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Mask_EveryVariantOfTheFinding_IsMaskedAndUnreadable(string variant, string number)
    {
        var result = MyNumberGuard.Mask($"番号は{number}です");

        Assert.True(result.Masked, variant);
        Assert.False(MyNumberEncodings.Reveals(result.Text, Number), variant);
        Assert.DoesNotContain(result.Text, c => char.IsDigit(c) || char.IsSurrogate(c));
    }

    [Theory]
    [InlineData("1234\u00A05678\u00A09018", "****\u00A0****\u00A0****")]
    [InlineData("1234\n5678\r\n9018", "****\n****\r\n****")]
    [InlineData("1234.5678.9018", "****.****.****")]
    [InlineData("123,456,789,018", "***,***,***,***")]
    [InlineData("1234/5678/9018", "****/****/****")]
    [InlineData("1234ー5678ー9018", "****ー****ー****")]
    [InlineData("1\u200B2\u200C3\u200D4\u20605\uFEFF6\u00AD789018", "*\u200B*\u200C*\u200D*\u2060*\uFEFF*\u00AD******")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٨", "************")]
    [InlineData("१२३४ ५६७८ ९०१८", "**** **** ****")]
    [InlineData("𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎𝟏𝟖", "************")] // one mask per digit, not per UTF-16 unit
    [InlineData("①②③④⑤⑥⑦⑧⑨⓪①⑧", "************")] // NFKC digits
    [InlineData("番号999123456789018です", "番号***************です")]  // 15 digits holding a number: the whole group
    [InlineData("99 1234 5678 9018 7", "99 **** **** **** 7")]    // groups no valid window touches stay
    public void Mask_FindingVariant_KeepsSeparatorsAndPositions(string input, string expected) =>
        Assert.Equal(expected, MyNumberGuard.Mask(input).Text);

    // What people write every day must not turn into asterisks: nothing here holds twelve digits with a valid check digit.
    [Theory]
    [InlineData("電話 03-1234-5678 または 090-1234-5678")]
    [InlineData("2024/06/01 から 2025/03/31 まで")]
    [InlineData("〒100-0001 東京都千代田区千代田1-1")]
    [InlineData("1,234,567円")]
    [InlineData("1,000,000,000,000円")]                         // twelve zeros are a valid check digit, but nobody's number
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("令和6年4月1日 第19条第3項 10.5%")]
    [InlineData("٢٠٢٤/٠٦/٠١")]
    [InlineData("１２３４５６７８９０１２")]                        // wrong check digit, fullwidth
    public void Mask_DatesPhoneNumbersAndAmounts_AreLeftAlone(string input) =>
        Assert.Equal(input, MyNumberGuard.Mask(input).Text);

    [Fact]
    public void Mask_TextWithoutDigits_ReturnsTheSameInstance()
    {
        var text = new string('あ', 200) + "😀 ｱｲｳ";
        Assert.Same(text, MyNumberGuard.Mask(text).Text);
    }
}
