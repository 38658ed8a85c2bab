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
    [InlineData("00000000-0000-0000-0000-0000000000020")] // a GUID-like id: 8-4 is not how people write the number
    [InlineData("")]
    public void Mask_NotAnIndividualNumber_IsLeftAlone(string input)
    {
        var result = MyNumberGuard.Mask(input);
        Assert.Equal(input, result.Text);
        Assert.False(result.Masked);
    }

    // Finding 9 (issue 12): these were once read as "not one number"; a number is a number whatever splits it or
    // whatever digits it is glued to. Only the groups a valid window touches are masked.
    [Theory]
    [InlineData("1234  5678  9018", "****  ****  ****")]
    [InlineData("12345678-9018", "********-****")]
    [InlineData("1234-5678-9018-5555", "****-****-****-5555")]
    [InlineData("12345678901234567890", "********************")] // 345678901234 is valid
    public void Mask_NumberTheOldGroupingRulesLetThrough_IsMasked(string input, string expected) =>
        Assert.Equal(expected, MyNumberGuard.Mask(input).Text);

    // Identifiers the bot or Entra issued: a random GUID holds a check-digit-valid run now and then, and masking
    // it turned a dialog id or an object id in card data into a reference to nothing.
    [Theory]
    [InlineData("ab123456789018cdabcdefabcdefabcd")]                  // the 32-hex form the bot uses for dialog ids
    [InlineData("8f3a1b2c-1234-5678-9018-a1b2c3d4e5f6")]              // 4-4-4 inside an Entra object id
    [InlineData("8F3A1B2C-D4E5-4F60-8A7B-123456789018")]              // the last group, upper case
    [InlineData("{8f3a1b2c-d4e5-4f60-8a7b-123456789018}")]
    public void Mask_GuidHoldingAValidRun_IsLeftAlone(string id)
    {
        Assert.True(MyNumberCheckDigit.IsValidIndividualNumber("123456789018"));
        Assert.Equal(id, MyNumberGuard.Mask(id).Text);
    }

    [Theory]
    [InlineData("8f3a1b2c-d4e5-4f60-8a7b-a1b2c3d4e5f6 123456789018", "8f3a1b2c-d4e5-4f60-8a7b-a1b2c3d4e5f6 ************")]
    [InlineData("ab123456789018cdabcdefabcdefabc", "ab************cdabcdefabcdefabc")]          // 31 hex: not an id
    [InlineData("ab123456789018cdabcdefabcdefabcdx", "ab************cdabcdefabcdefabcdx")]      // glued to more: not an id
    [InlineData("番号123456789018abcdefabcdefabcdef", "番号************abcdefabcdefabcdef")] // 12 digits + 18 hex is 30
    public void Mask_NumberBesideOrShapedLikeAnId_IsStillMasked(string input, string expected) =>
        Assert.Equal(expected, MyNumberGuard.Mask(input).Text);

    [Fact]
    public void Mask_Null_ReturnsEmpty() => Assert.Equal("", MyNumberGuard.Mask(null).Text);
}
