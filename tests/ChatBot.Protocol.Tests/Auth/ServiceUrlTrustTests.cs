using ChatBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Tests.Auth;

public class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Create(string? appId = "app") =>
        new(Options.Create(new BotAuthenticationOptions { AppId = appId }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/jp/v3/conversations/x/activities", true)]
    [InlineData("https://europe.webchat.botframework.com/v3/conversations", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams/v3/conversations", true)]
    [InlineData("https://botframework.com.evil.net/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/jp/", false)]
    [InlineData("http://localhost:56150/_connector", false)]
    public void IsTrusted_AllowListNeedsHttpsAndExactOrSubdomainHost(string url, bool trusted) =>
        Assert.Equal(trusted, Create().IsTrusted(new Uri(url)));

    [Fact]
    public void Remember_TrustsUrlsUnderThatServiceUrlOnly()
    {
        var trust = Create();

        trust.Remember("https://bots.example.net:8443/_connector");

        Assert.True(trust.IsTrusted(new Uri("https://bots.example.net:8443/_connector/v3/conversations/a/activities")));
        Assert.False(trust.IsTrusted(new Uri("https://bots.example.net:8443/_connectorX/v3")));
        Assert.False(trust.IsTrusted(new Uri("https://bots.example.net:8444/_connector/v3")));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://[::1]:56150/_connector")]
    [InlineData("https://localhost/_connector")]
    public void WithAppId_LoopbackIsNeverTrustedUnlessConfigured(string url)
    {
        var trust = Create();

        trust.Remember(url);

        Assert.False(trust.IsTrusted(new Uri(url + "/v3/conversations/a/activities")));
    }

    [Fact]
    public void WithAppId_ConfiguredServiceUrl_IsTrustedOnItsPathOnly()
    {
        var trust = new ServiceUrlTrust(Options.Create(new BotAuthenticationOptions
        {
            AppId = "app",
            TrustedServiceUrls = ["http://localhost:56150/_connector/"],
        }));

        Assert.True(trust.IsTrusted(new Uri("http://localhost:56150/_connector/v3/conversations/a/activities")));
        Assert.False(trust.IsTrusted(new Uri("http://localhost:56150/other")));
        Assert.False(trust.IsTrusted(new Uri("http://localhost:56151/_connector/v3")));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://[::1]:56150/_connector", true)]
    [InlineData("https://smba.trafficmanager.net/jp/", false)]
    public void AnonymousMode_TrustsLoopbackOnly(string url, bool trusted) =>
        Assert.Equal(trusted, Create(appId: null).IsTrusted(new Uri(url)));
}
