using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.Tests.Privacy;

/// <summary>A number split over consecutive messages of one sender (finding 9: "123456" then "789018").</summary>
public class MyNumberGuardMessagesTests
{
    [Fact]
    public void MaskMessage_NumberSplitSixAndSix_FirstHalfHeldBackAndSecondMasked()
    {
        var first = MyNumberGuard.MaskMessage("番号は123456", "");
        var second = MyNumberGuard.MaskMessage("789018です", first.CarriedDigits);

        Assert.Equal("番号は******", first.Text);
        Assert.False(first.Masked); // nothing found yet: held back, not reported
        Assert.Equal("******です", second.Text);
        Assert.Equal(1, second.MaskedCount);
    }

    [Theory]
    [InlineData("12345678901", "8", "***********", "*")]
    [InlineData("番号 1", "23456789018 です", "番号 1", "*********** です")]        // one digit kept: eleven to find in the second
    [InlineData("番号 123", "456789018", "番号 123", "*********")]
    [InlineData("1234 5678", "\n 9018", "**** ****", "\n ****")]
    [InlineData("١٢٣٤٥٦", "𝟕𝟖𝟗𝟎𝟏𝟖", "******", "******")]
    public void MaskMessage_AnySplit_LeavesAtMostThreeDigitsOfTheNumber(string first, string second, string firstStored, string secondStored)
    {
        var a = MyNumberGuard.MaskMessage(first, "");
        var b = MyNumberGuard.MaskMessage(second, a.CarriedDigits);

        Assert.Equal(firstStored, a.Text);
        Assert.Equal(secondStored, b.Text);
        Assert.True(b.Masked);
    }

    [Fact]
    public void MaskMessage_NumberSplitInThree_IsFoundInTheThird()
    {
        var a = MyNumberGuard.MaskMessage("1234", "");
        var b = MyNumberGuard.MaskMessage("5678", a.CarriedDigits);
        var c = MyNumberGuard.MaskMessage("9018", b.CarriedDigits);

        Assert.Equal(["****", "****", "****"], new[] { a.Text, b.Text, c.Text });
        Assert.Equal(1, c.MaskedCount);
    }

    [Theory]
    [InlineData("はい 789018 の件", "123456")] // the message does not begin with the digits: no continuation
    [InlineData("789018 の件", "")]
    [InlineData("789018 の件", "999999")]    // continues, but no twelve digits make a number
    public void MaskMessage_NoNumberAcrossTheMessages_IsLeftAlone(string text, string carried) =>
        Assert.Equal(text, MyNumberGuard.MaskMessage(text, carried).Text);

    [Theory]
    [InlineData("電話は03-1234-5678", "電話は**-****-****", "0312345678")]
    [InlineData("改正は2024", "改正は****", "2024")]
    [InlineData("第19条", "第19条", "")]                      // does not end in digits
    [InlineData("第3項 12", "第3項 12", "12")]                 // too few to matter: carried only
    [InlineData("111111111111111", "***************", "11111111111")] // no number in it; at most eleven are carried
    public void MaskMessage_TrailingDigits_AreHeldBackAndCarried(string text, string stored, string carried)
    {
        var result = MyNumberGuard.MaskMessage(text, "");
        Assert.Equal(stored, result.Text);
        Assert.Equal(carried, result.CarriedDigits);
        Assert.False(result.Masked);
    }

    [Fact]
    public void MaskMessage_EndingInAnIdentifier_HoldsNothingBack()
    {
        const string text = "outbox retry 8f3a1b2c-d4e5-4f60-8a7b-a1b2c3d4e5f6";
        var result = MyNumberGuard.MaskMessage(text, "123456");
        Assert.Equal(text, result.Text);
        Assert.Equal("", result.CarriedDigits);
    }

    [Fact]
    public void MaskMessage_WholeNumberInOneMessage_IsMaskedAndCounted()
    {
        var result = MyNumberGuard.MaskMessage("123456789018 の書類", "");
        Assert.Equal("************ の書類", result.Text);
        Assert.Equal(1, result.MaskedCount);
    }
}
