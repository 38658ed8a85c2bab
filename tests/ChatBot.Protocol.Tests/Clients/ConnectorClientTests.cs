using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Protocol.Tests.Clients;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/jp/";
    private const string ChannelThread = "19:a1b2@thread.tacv2;messageid=1727751600000";
    private const string EscapedThread = "19%3Aa1b2%40thread.tacv2%3Bmessageid%3D1727751600000";
    private readonly ConnectorFixture _fixture = new();

    private RecordedRequest Last => _fixture.Handler.Requests[^1];

    [Theory]
    [InlineData("https://smba.trafficmanager.net/jp/")]
    [InlineData("https://smba.trafficmanager.net/jp")]
    public async Task SendToConversation_PostsActivityWithTokenToEscapedRoute(string serviceUrl)
    {
        var response = await _fixture.Client.SendToConversationAsync(serviceUrl, ChannelThread, MessageBuilder.Text("hi").Build());

        Assert.Equal("1", response.Id);
        Assert.Equal(HttpMethod.Post, Last.Method);
        Assert.Equal($"https://smba.trafficmanager.net/jp/v3/conversations/{EscapedThread}/activities", Last.Url);
        Assert.Equal("Bearer token-1", Last.Authorization);
        Assert.Equal("""{"type":"message","textFormat":"markdown","text":"hi"}""", Last.Body);
    }

    [Fact]
    public async Task ReplyToActivity_PostsToActivityRoute()
    {
        await _fixture.Client.ReplyToActivityAsync(ServiceUrl, "a:1Xyz", "1727748950000", MessageBuilder.Text("hi").Build());

        Assert.Equal(HttpMethod.Post, Last.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1Xyz/activities/1727748950000", Last.Url);
    }

    [Fact]
    public async Task UpdateActivity_PutsFullActivity()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1727748950000"}""");

        var response = await _fixture.Client.UpdateActivityAsync(ServiceUrl, "a:1Xyz", "1727748950000", MessageBuilder.Card(new JsonObject { ["type"] = "AdaptiveCard" }).Build());

        Assert.Equal("1727748950000", response.Id);
        Assert.Equal(HttpMethod.Put, Last.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1Xyz/activities/1727748950000", Last.Url);
        Assert.Contains("application/vnd.microsoft.card.adaptive", Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteActivity_SendsDeleteAndAcceptsEmptyBody()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK);

        await _fixture.Client.DeleteActivityAsync(ServiceUrl, "a:1Xyz", "17");

        Assert.Equal(HttpMethod.Delete, Last.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1Xyz/activities/17", Last.Url);
        Assert.Null(Last.Body);
    }

    [Fact]
    public async Task Send_202WithoutBody_ReturnsNullId()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Accepted);

        var response = await _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Typing());

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task CreateConversation_PersonalChat_PostsTeamsShape()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Created, """{"id":"a:1NewChat"}""");
        var parameters = ConversationParameters.ForPersonalChat(TestTokens.AppId, "29:1Abc", "72f988bf-86f1-41af-91ab-2d7cd011db47");

        var response = await _fixture.Client.CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("a:1NewChat", response.Id);
        Assert.Equal($"{ServiceUrl}v3/conversations", Last.Url);
        var expected = JsonNode.Parse($$$"""
            {"isGroup":false,"bot":{"id":"28:{{{TestTokens.AppId}}}"},"members":[{"id":"29:1Abc"}],
             "tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"} } }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(Last.Body!)), Last.Body);
    }

    [Fact]
    public void ForPersonalChat_EmulatorBotId_IsNotPrefixed() =>
        Assert.Equal("00000000-0000-0000-0000-00000000000011",
            ConversationParameters.ForPersonalChat("00000000-0000-0000-0000-00000000000011", "user-id-0", "t").Bot!.Id);

    [Fact]
    public async Task GetMember_ReadsTeamsMember()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """
            {"id":"29:1Abc","name":"Sato Hanako","aadObjectId":"6b1c0b1e-9f35-4a8d-8c4e-3f2a1b0c9d8e","givenName":"Hanako","surname":"Sato",
             "email":"hanako@contoso.com","userPrincipalName":"hanako@contoso.com","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","userRole":"user"}
            """);

        var member = await _fixture.Client.GetMemberAsync(ServiceUrl, "a:1Xyz", "29:1Abc");

        Assert.Equal(HttpMethod.Get, Last.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1Xyz/members/29%3A1Abc", Last.Url);
        Assert.Equal("hanako@contoso.com", member.UserPrincipalName);
        Assert.Equal("6b1c0b1e-9f35-4a8d-8c4e-3f2a1b0c9d8e", member.AadObjectId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", member.TenantId);
    }

    [Fact]
    public async Task Throttled_429WithRetryAfterSeconds_IsTransientWithRetryAfter()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"slow down"}}""",
            r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("Throttled", ex.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.False(ex.IsPermanent);
        Assert.Single(_fixture.Handler.Requests); // no retry in the client
    }

    [Fact]
    public async Task Throttled_RetryAfterHttpDate_IsRelativeToNow()
    {
        var at = _fixture.Time.GetUtcNow().AddSeconds(30);
        _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, null, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
        Assert.True(ex.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "MessageWritesBlocked", true)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", true)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", true)]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", false)]
    public async Task Errors_ClassifiedAsPermanent(HttpStatusCode status, string code, bool permanent)
    {
        _fixture.Handler.Enqueue(status, $$$"""{"error":{"code":"{{{code}}}","message":"m"}}""",
            r => r.Headers.Add("X-Correlating-OperationId", "op-123"));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        Assert.Equal(permanent, ex.IsPermanent);
        Assert.False(ex.IsTransient);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal("op-123", ex.CorrelationId);
    }

    [Fact]
    public async Task Unauthorized_InvalidatesTokenAndRetriesOnceWithFreshToken()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Unauthorized);

        var response = await _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build());

        Assert.Equal("1", response.Id);
        Assert.Equal(1, _fixture.Tokens.Invalidations);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fixture.Handler.Requests.Select(r => r.Authorization));
        Assert.Equal(_fixture.Handler.Requests[0].Body, _fixture.Handler.Requests[1].Body);
    }

    [Fact]
    public async Task Unauthorized_Twice_Throws401()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Unauthorized);
        _fixture.Handler.Enqueue(HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("http://smba.trafficmanager.net/jp/")]
    [InlineData("https://smba.trafficmanager.net.evil.com/")]
    [InlineData("http://localhost:56150/_connector")]
    public async Task UntrustedServiceUrl_ThrowsWithoutSendingAnything(string serviceUrl)
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            _fixture.Client.SendToConversationAsync(serviceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task RememberedServiceUrl_IsTrusted()
    {
        _fixture.Trust.Remember("https://bots.example.net/connector/");

        await _fixture.Client.SendToConversationAsync("https://bots.example.net/connector", "a:1Xyz", MessageBuilder.Text("x").Build());

        Assert.Equal("Bearer token-1", Last.Authorization);
    }

    [Fact]
    public async Task AnonymousMode_LoopbackWithoutToken_OtherHostsRefused()
    {
        using var anonymous = new ConnectorFixture(appId: null);

        await anonymous.Client.SendToConversationAsync("http://localhost:56150/_connector", "a:1Xyz", MessageBuilder.Text("x").Build());
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            anonymous.Client.SendToConversationAsync(ServiceUrl, "a:1Xyz", MessageBuilder.Text("x").Build()));

        var request = Assert.Single(anonymous.Handler.Requests);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/a%3A1Xyz/activities", request.Url);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task SendToReference_AddressesPersonalChatFromReference()
    {
        var reference = TestPayloads.Activity("personal-message").GetConversationReference();

        await _fixture.Client.SendAsync(reference, MessageBuilder.Text("reminder").Build());

        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1Xyz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz/activities", Last.Url);
        var body = JsonNode.Parse(Last.Body!)!;
        Assert.Equal("28:0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("ja-JP", body["locale"]!.GetValue<string>());
    }

    public void Dispose() => _fixture.Dispose();
}
