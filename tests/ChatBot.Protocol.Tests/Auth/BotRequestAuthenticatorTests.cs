using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Protocol.Tests.Auth;

public sealed class BotRequestAuthenticatorTests : IDisposable
{
    private readonly TestTokens _tokens = new();
    private readonly ServiceProvider _services;

    public BotRequestAuthenticatorTests() => _services = Build(TestTokens.AppId);

    private static Activity Teams(string serviceUrl = TestTokens.ServiceUrl) =>
        new() { Type = "message", ChannelId = "msteams", ServiceUrl = serviceUrl };

    private ServiceProvider Build(string? appId, Action<BotAuthenticationOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<BotAuthenticationOptions>(o =>
        {
            o.AppId = appId;
            o.TenantId = TestTokens.TenantId;
            configure?.Invoke(o);
        });
        services.AddHttpClient(SigningKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _tokens.Handler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();
        return services.BuildServiceProvider();
    }

    private Task<BotAuthResult> Authenticate(string? token, Activity? activity = null, ServiceProvider? services = null) =>
        (services ?? _services).GetRequiredService<IBotRequestAuthenticator>()
            .AuthenticateAsync(token is null ? null : "Bearer " + token, activity ?? Teams(), CancellationToken.None);

    [Fact]
    public async Task BotFrameworkToken_Valid_Succeeds()
    {
        var result = await Authenticate(_tokens.BotFramework());

        Assert.True(result.Succeeded, result.Reason);
        Assert.True(result.ServiceUrlVerified);
        Assert.Equal(TestTokens.ServiceUrl, result.Identity?.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("api://" + TestTokens.AppId)]
    [InlineData("api://botid-" + TestTokens.AppId)]
    public async Task BotFrameworkToken_AlternativeAudiences_Succeed(string audience) =>
        Assert.True((await Authenticate(_tokens.BotFramework(audience: audience))).Succeeded);

    [Fact]
    public async Task BotFrameworkToken_ServiceUrlDiffersOnlyInCase_Succeeds() =>
        Assert.True((await Authenticate(_tokens.BotFramework(serviceUrl: "https://SMBA.trafficmanager.net/jp/"))).Succeeded);

    [Fact]
    public async Task BotFrameworkToken_Expired_Is401()
    {
        var result = await Authenticate(_tokens.BotFramework(expiresIn: TimeSpan.FromMinutes(-10)));

        Assert.Equal(401, result.StatusCode);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task BotFrameworkToken_ExpiredWithinClockSkew_Succeeds() =>
        Assert.True((await Authenticate(_tokens.BotFramework(expiresIn: TimeSpan.FromMinutes(-2)))).Succeeded);

    [Fact]
    public async Task BotFrameworkToken_WrongAudience_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(audience: "some-other-bot"))).StatusCode);

    [Fact]
    public async Task Token_WrongIssuer_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(issuer: "https://evil.example.com"))).StatusCode);

    [Fact]
    public async Task BotFrameworkToken_UnpublishedKey_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(key: "unpublished"))).StatusCode);

    [Fact]
    public async Task BotFrameworkToken_KeyNotEndorsedForMsteams_Is403() =>
        Assert.Equal(403, (await Authenticate(_tokens.BotFramework(key: "skype-key"))).StatusCode);

    [Fact]
    public async Task BotFrameworkToken_ServiceUrlClaimDiffers_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(), Teams("https://evil.example.com/"))).StatusCode);

    [Fact]
    public async Task BotFrameworkToken_NoServiceUrlClaim_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(serviceUrl: null))).StatusCode);

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    public async Task MissingOrMalformedToken_Is401(string? token) =>
        Assert.Equal(401, (await Authenticate(token)).StatusCode);

    [Fact]
    public async Task NonBearerScheme_Is401()
    {
        var result = await _services.GetRequiredService<IBotRequestAuthenticator>()
            .AuthenticateAsync("Basic dXNlcjpwYXNz", Teams(), CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EntraToken_SingleTenant_SucceedsWithoutVouchingForServiceUrl(bool v2)
    {
        var result = await Authenticate(_tokens.Entra(v2: v2));

        Assert.True(result.Succeeded, result.Reason);
        Assert.False(result.ServiceUrlVerified);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EntraToken_FromAnotherApplicationInTheTenant_Is401(bool v2) =>
        Assert.Equal(401, (await Authenticate(_tokens.Entra(v2: v2, callerAppId: TestTokens.OtherAppId))).StatusCode);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EntraToken_WithoutCallingApplication_Is401(bool v2) =>
        Assert.Equal(401, (await Authenticate(_tokens.Entra(v2: v2, callerAppId: null))).StatusCode);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EntraToken_FromAllowListedCaller_Succeeds(bool v2)
    {
        using var services = Build(TestTokens.AppId, o => o.AllowedCallerAppIds.Add(TestTokens.OtherAppId.ToUpperInvariant()));

        var result = await Authenticate(_tokens.Entra(v2: v2, callerAppId: TestTokens.OtherAppId), services: services);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task EntraToken_TidDiffersFromIssuerTenant_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.Entra(tidClaim: TestTokens.OtherTenantId))).StatusCode);

    [Fact]
    public async Task EntraToken_UntrustedTenant_Is401() =>
        Assert.Equal(401, (await Authenticate(_tokens.Entra(issuerTenant: TestTokens.OtherTenantId, tidClaim: TestTokens.OtherTenantId))).StatusCode);

    [Fact]
    public async Task AnonymousMode_NoToken_Succeeds()
    {
        using var anonymous = Build(appId: null);

        Assert.True((await Authenticate(null, services: anonymous)).Succeeded);
    }

    [Fact]
    public async Task AnonymousMode_WithToken_Is401()
    {
        using var anonymous = Build(appId: null);

        Assert.Equal(401, (await Authenticate(_tokens.BotFramework(), services: anonymous)).StatusCode);
    }

    [Fact]
    public async Task SigningKeys_AreCachedAcrossRequests()
    {
        await Authenticate(_tokens.BotFramework());
        var afterFirst = _tokens.Handler.RequestCount;

        await Authenticate(_tokens.BotFramework());

        Assert.Equal(afterFirst, _tokens.Handler.RequestCount);
    }

    [Fact]
    public async Task MetadataUnavailable_Is401_ThenRecoversWhenItComesBack()
    {
        var keys = _tokens.Handler.Remove(TestTokens.BotFrameworkKeysUrl);

        Assert.Equal(401, (await Authenticate(_tokens.BotFramework())).StatusCode);

        _tokens.Handler.Serve(TestTokens.BotFrameworkKeysUrl, keys);
        Assert.True((await Authenticate(_tokens.BotFramework())).Succeeded);
    }

    public void Dispose()
    {
        _services.Dispose();
        _tokens.Dispose();
    }
}
