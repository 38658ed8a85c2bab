using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Tests.Hosting;

public sealed class BotEndpointTests : IDisposable
{
    private readonly TestTokens _tokens = new();
    private readonly List<string> _handled = [];

    private void Routes(ActivityRouter router) => router
        .OnMessage(ctx => { _handled.Add(ctx.Activity.Text ?? ""); return Task.CompletedTask; })
        .OnAdaptiveCardAction("incidents.acknowledge", (_, action) => Task.FromResult(AdaptiveCardResponses.Card(new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Acknowledged {action.Data.RequiredString("incidentId")}" }),
        })));

    private Task<BotTestApp> Start(Dictionary<string, string?>? settings = null) => BotTestApp.StartAsync(_tokens, Routes, settings);

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? token = null, string? remoteIp = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (remoteIp is not null)
        {
            request.Headers.Add("X-Test-Remote-IP", remoteIp);
        }

        return request;
    }

    [Theory]
    [InlineData("{not json", "The body is not valid JSON or a field has the wrong shape.")]
    [InlineData("[1,2]", "The body is not a JSON object.")]
    [InlineData("""{"text":"no type"}""", "The activity has no type.")]
    [InlineData("""{"type":"message","from":"not-an-object"}""", "The body is not valid JSON or a field has the wrong shape.")]
    [InlineData("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"a.b","data":{"id":"x","id":"y"}}}}""", "The body is not valid JSON or a field has the wrong shape.")]
    public async Task BadJson_Is400ProblemWithReason(string body, string reason)
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reason, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("serviceUrl", null, "The activity has no valid serviceUrl.")]
    [InlineData("serviceUrl", "javascript:alert(1)", "The activity has no valid serviceUrl.")]
    [InlineData("serviceUrl", "file:///etc/passwd", "The activity has no valid serviceUrl.")]
    [InlineData("serviceUrl", "http://[::1", "The activity has no valid serviceUrl.")]
    [InlineData("serviceUrl", "/relative/path", "The activity has no valid serviceUrl.")]
    [InlineData("serviceUrl", "", "The activity has no valid serviceUrl.")]
    [InlineData("conversation", null, "The activity has no conversation id.")]
    [InlineData("conversation.id", null, "The activity has no conversation id.")]
    [InlineData("conversation.id", "", "The activity has no conversation id.")]
    [InlineData("conversation.id", "  ", "The activity has no conversation id.")]
    public async Task ActivityWithoutRoutingFields_Is400AndNotHandled(string field, string? value, string reason)
    {
        await using var app = await Start();
        var activity = JsonNode.Parse(TestPayloads.Json("personal-message"))!.AsObject();
        var (owner, name) = field == "conversation.id" ? (activity["conversation"]!.AsObject(), "id") : (activity, field);
        if (value is null) owner.Remove(name);
        else owner[name] = value;

        using var response = await app.Client.SendAsync(Post(activity.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message"), "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task JsonWithCharset_IsAccepted()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message"), "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_Is413()
    {
        await using var app = await Start(new() { ["Bot:Endpoint:MaxRequestBodyBytes"] = "1024" });

        using var response = await app.Client.SendAsync(Post($$"""{"type":"message","text":"{{new string('x', 2000)}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task OversizedWithoutContentLength_Is413()
    {
        await using var app = await Start(new() { ["Bot:Endpoint:MaxRequestBodyBytes"] = "1024" });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{new string('x', 2000)}}"}"""))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Message_Is200WithEmptyBodyAfterHandler()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["What documents do I need?"], _handled);
    }

    [Fact]
    public async Task UnmatchedInvoke_Is501()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post("""{"type":"invoke","name":"composeExtension/query","channelId":"msteams","serviceUrl":"http://localhost:56150/_connector","conversation":{"id":"a:1"}}"""));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ActionExecute_RoundTrip_ReturnsCardResponseBody()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("invoke-adaptive-card-action")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Acknowledged INC-042", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Head_Is200_Get_Is405()
    {
        await using var app = await Start();

        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));
        using var get = await app.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Contains("POST", get.Content.Headers.Allow);
    }

    [Fact]
    public async Task AnonymousMode_NonLoopbackCaller_Is401()
    {
        await using var app = await Start();

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message"), remoteIp: "203.0.113.7"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task AnonymousMode_LoopbackThroughTunnel_Is401()
    {
        await using var app = await Start();
        var request = Post(TestPayloads.Json("personal-message"));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithAppId_NoToken_Is401WithChallenge()
    {
        await using var app = await Start(BotTestApp.WithAppId());

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task WithAppId_NotEndorsedKey_Is403()
    {
        await using var app = await Start(BotTestApp.WithAppId());

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message"), token: _tokens.BotFramework(key: "skype-key")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WithAppId_ValidToken_HandlesAndTrustsServiceUrl()
    {
        const string serviceUrl = "https://bots.example.net/connector/";
        await using var app = await Start(BotTestApp.WithAppId());
        var trust = app.Services.GetRequiredService<IServiceUrlTrust>();
        var activity = JsonNode.Parse(TestPayloads.Json("personal-message"))!;
        activity["serviceUrl"] = serviceUrl;
        Assert.False(trust.IsTrusted(new Uri(serviceUrl)));

        using var response = await app.Client.SendAsync(Post(activity.ToJsonString(), token: _tokens.BotFramework(serviceUrl), remoteIp: "52.112.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_handled);
        Assert.True(trust.IsTrusted(new Uri(serviceUrl + "v3/conversations/a/activities")));
    }

    [Fact]
    public async Task WithAppId_EntraTokenWithoutServiceUrlClaim_HandledButServiceUrlNotTrusted()
    {
        const string serviceUrl = "https://attacker.example.net/";
        await using var app = await Start(BotTestApp.WithAppId());
        var activity = JsonNode.Parse(TestPayloads.Json("personal-message"))!;
        activity["serviceUrl"] = serviceUrl;

        using var response = await app.Client.SendAsync(Post(activity.ToJsonString(), token: _tokens.Entra(), remoteIp: "52.112.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_handled);
        Assert.False(app.Services.GetRequiredService<IServiceUrlTrust>().IsTrusted(new Uri(serviceUrl)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WithAppId_EntraTokenFromAnotherApplication_Is401AndNotHandled(bool v2)
    {
        await using var app = await Start(BotTestApp.WithAppId());

        using var response = await app.Client.SendAsync(Post(TestPayloads.Json("personal-message"),
            token: _tokens.Entra(v2: v2, callerAppId: TestTokens.OtherAppId), remoteIp: "52.112.0.1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task WithAppId_EntraTokenWithLoopbackServiceUrl_DoesNotTrustIt()
    {
        const string serviceUrl = "http://127.0.0.1:56150/_connector/";
        await using var app = await Start(BotTestApp.WithAppId());
        var activity = JsonNode.Parse(TestPayloads.Json("personal-message"))!;
        activity["serviceUrl"] = serviceUrl;

        using var response = await app.Client.SendAsync(Post(activity.ToJsonString(), token: _tokens.Entra(), remoteIp: "52.112.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(app.Services.GetRequiredService<IServiceUrlTrust>().IsTrusted(new Uri(serviceUrl + "v3/conversations/a/activities")));
    }

    [Fact]
    public async Task DuplicateVerb_FailsAtStartup()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => BotTestApp.StartAsync(_tokens, router =>
        {
            router.OnAdaptiveCardAction("a.b", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty()));
            router.OnAdaptiveCardAction("a.b", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty()));
        }));
    }

    [Fact]
    public async Task AppIdWithoutCredential_FailsAtStartup()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotTestApp.StartAsync(_tokens, _ => { }, new() { ["Bot:AppId"] = TestTokens.AppId }));
    }

    public void Dispose() => _tokens.Dispose();
}
