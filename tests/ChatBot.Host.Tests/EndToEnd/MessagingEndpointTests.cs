using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Host.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>/api/messages in the real host: bad input is a 4xx, never a 500; tokens are enforced when an app id is set.</summary>
public sealed class MessagingEndpointTests
{
    private const string PrivacyOfficer = "00000000-0000-0000-0000-0000000000024";

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        await using var app = new BotApplication();

        var response = await Raw(app, "{\"type\":\"message\",", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Post_WrongContentType_Returns415()
    {
        await using var app = new BotApplication();

        var response = await Raw(app, app.Activities.PersonalMessage("help").ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_OversizedBody_Returns413()
    {
        await using var app = new BotApplication();

        var response = await Raw(app, app.Activities.PersonalMessage(new string('あ', 300_000)).ToJsonString(), "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_UnknownCardVerb_Returns400CardError()
    {
        await using var app = new BotApplication();

        var response = await app.PostAsync(app.Activities.CardAction("nothing.here"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Head_Probe_Returns200()
    {
        await using var app = new BotApplication();

        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousModeForwardedCaller_Returns401()
    {
        await using var app = new BotApplication();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(app.Activities.PersonalMessage("help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Post_AuthenticatedModeNoToken_Returns401()
    {
        await using var app = new BotApplication(authenticated: true);

        var response = await app.PostAsync(app.Activities.PersonalMessage("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Post_AuthenticatedModeValidToken_Returns200AndRepliesWithBotToken()
    {
        await using var app = new BotApplication(authenticated: true);
        var activity = app.Activities.PersonalMessage("help");

        var response = await app.PostAsync(activity, app.Tokens.BotFramework(BotApplication.TeamsServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal("Bearer test-outbound-token", call.Authorization);
        Assert.StartsWith("/teams/v3/conversations/", call.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_EntraTokenOfAnotherAppInTheTenant_ActingAsThePrivacyOfficer_Returns401(bool v2)
    {
        await using var app = new BotApplication(authenticated: true);
        var invoke = app.Activities.CardAction("lifecycle.resume", new JsonObject { ["dialogId"] = "d1", ["version"] = 1 }, PrivacyOfficer);

        var forged = await app.PostAsync(invoke, app.Tokens.Entra(v2: v2, callerAppId: TestTokens.OtherAppId));
        var own = await app.PostAsync(invoke, app.Tokens.Entra(v2: v2));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Post_AuthenticatedModeWrongAudience_Returns401()
    {
        await using var app = new BotApplication(authenticated: true);

        var response = await app.PostAsync(app.Activities.PersonalMessage("help"),
            app.Tokens.BotFramework(BotApplication.TeamsServiceUrl, audience: "11111111-0000-0000-0000-000000000000"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Post_AuthenticatedModeExpiredToken_Returns401()
    {
        await using var app = new BotApplication(authenticated: true);

        var response = await app.PostAsync(app.Activities.PersonalMessage("help"),
            app.Tokens.BotFramework(BotApplication.TeamsServiceUrl, expiresIn: TimeSpan.FromMinutes(-30)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_Health_Returns200(string path)
    {
        await using var app = new BotApplication();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Raw(BotApplication app, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await app.CreateClient().PostAsync("/api/messages", content);
    }
}
