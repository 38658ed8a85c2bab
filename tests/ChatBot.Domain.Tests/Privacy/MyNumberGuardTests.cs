using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.Tests.Privacy;

public class MyNumberGuardTests
{
    [Theory]
    [InlineData("123456789018")]
    [InlineData("111111111118")]
    [InlineData("000000000060")]
    public void IsValidIndividualNumber_OfficialExamples_AreValid(string number) =>
        Assert.True(MyNumberCheckDigit.IsValidIndividualNumber(number));

    [Fact]
    public void IsValidIndividualNumber_WrongCheckDigit_IsInvalid() =>
        Assert.False(MyNumberCheckDigit.IsValidIndividualNumber("123456789012"));

    [Theory]
    [InlineData("7123456789012")]
    [InlineData("4011001098993")]
    public void IsValidCorporateNumber_OfficialExamples_AreValid(string number) =>
        Assert.True(MyNumberCheckDigit.IsValidCorporateNumber(number));

    [Theory]
    [InlineData("私の番号は123456789018です", "私の番号は************です")]
    [InlineData("1234 5678 9018", "**** **** ****")]
    [InlineData("1234-5678-9018", "****-****-****")]
    [InlineData("１２３４５６７８９０１８", "************")]
    [InlineData("１２３４－５６７８－９０１８", "****－****－****")]
    [InlineData("1234\u30005678\u30009018", "****\u3000****\u3000****")]
    [InlineData("番号:123456789018と111111111118", "番号:************と************")]
    [InlineData("123456789018 5人分", "************ 5人分")]
    public void Mask_ValidNumberInAnyFormatting_IsMasked(string input, string expected)
    {
        var result = MyNumberGuard.Mask(input);
        Assert.Equal(expected, result.Text);
        Assert.True(result.Masked);
    }

    [Theory]
    [InlineData("123456789012")]          // wrong check digit
    [InlineData("7123456789012")]         // 法人番号 (13 digits)
    [InlineData("4011001098993")]         // 法人番号
    [InlineData("電話 03-1234-5678")]
    [InlineData("12345678901234567890")]
    [InlineData("1234  5678  9018")]      // two separators: not one number
    [InlineData("00000000-0000-0000-0000-0000000000020")] // a GUID-like id: 8-4 is not how people write the number
    [InlineData("12345678-9018")]
    [InlineData("1234-5678-9018-5555")]   // part of a longer hyphenated identifier
    [InlineData("")]
    public void Mask_NotAnIndividualNumber_IsLeftAlone(string input)
    {
        var result = MyNumberGuard.Mask(input);
        Assert.Equal(input, result.Text);
        Assert.False(result.Masked);
    }

    [Fact]
    public void Mask_Null_ReturnsEmpty() => Assert.Equal("", MyNumberGuard.Mask(null).Text);
}
