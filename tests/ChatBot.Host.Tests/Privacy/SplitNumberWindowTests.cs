using ChatBot.Host.Privacy;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Privacy;

public class SplitNumberWindowTests
{
    private const string Sender = "a:personal-1\n29:user-1";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-03T09:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Take_AfterKeep_ReturnsTheDigitsOnce()
    {
        var window = new SplitNumberWindow(_time);
        window.Keep(Sender, "123456");

        Assert.Equal("123456", window.Take(Sender));
        Assert.Equal("", window.Take(Sender));
    }

    [Fact]
    public void Take_AfterTheLifetime_ReturnsNothing()
    {
        var window = new SplitNumberWindow(_time);
        window.Keep(Sender, "123456");
        _time.Advance(SplitNumberWindow.Lifetime);

        Assert.Equal("", window.Take(Sender));
    }

    [Fact]
    public void Take_AnotherSenderInTheConversation_ReturnsNothing()
    {
        var window = new SplitNumberWindow(_time);
        window.Keep(Sender, "123456");

        Assert.Equal("", window.Take("a:personal-1\n29:user-2"));
        Assert.Equal("123456", window.Take(Sender));
    }
}
