using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;

namespace ChatBot.Protocol.Tests.Routing;

public class ActivityRouterTests
{
    private readonly FakeConnectorClient _connector = new();
    private readonly List<string> _log = [];

    private TurnContext Turn(string payload) => Turn(TestPayloads.Activity(payload));

    private TurnContext Turn(Activity activity) =>
        new(activity, null, _connector, new EmptyServiceProvider(), CancellationToken.None);

    [Fact]
    public async Task AdaptiveCardAction_RoutesOnVerbAndReturnsHandlerResponse()
    {
        var router = new ActivityRouter().OnAdaptiveCardAction("incidents.acknowledge", (ctx, action) =>
            Task.FromResult(AdaptiveCardResponses.Message($"ack {action.Data.RequiredString("incidentId")}")));

        var response = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));

        Assert.Equal(200, response!.Status);
        Assert.Contains("ack INC-042", JsonSerializer.Serialize(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdaptiveCardAction_UnknownVerb_Is400CardError()
    {
        var router = new ActivityRouter().OnAdaptiveCardAction("other.verb", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty()));

        var response = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));

        Assert.Equal(400, response!.Status);
        Assert.Contains("application/vnd.microsoft.error", JsonSerializer.Serialize(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdaptiveCardAction_UnreadableCardData_Is400WithTheHostsText()
    {
        var router = new ActivityRouter()
            .OnInvalidCardData(_ => "読み取れませんでした")
            .OnAdaptiveCardAction("incidents.acknowledge", (_, action) =>
                Task.FromResult(AdaptiveCardResponses.Message($"ack {action.Data.RequiredInt("incidentId")}")));

        var response = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));

        Assert.Equal(400, response!.Status);
        var body = JsonSerializer.SerializeToNode(response.Body)!;
        Assert.Equal((400, "application/vnd.microsoft.error", "InvalidCardData", "読み取れませんでした"),
            ((int)body["statusCode"]!, (string)body["type"]!, (string)body["value"]!["code"]!, (string)body["value"]!["message"]!));
    }

    [Fact]
    public async Task AdaptiveCardAction_UnreadableCardDataWithoutHostText_Is400InEnglish()
    {
        var router = new ActivityRouter().OnAdaptiveCardAction("incidents.acknowledge", (_, action) =>
            Task.FromResult(AdaptiveCardResponses.Message($"ack {action.Data.RequiredInt("incidentId")}")));

        var response = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));

        Assert.Equal(400, response!.Status);
        Assert.Contains("Open the card again", JsonSerializer.Serialize(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Registrations_AreListed()
    {
        var router = new ActivityRouter()
            .OnAdaptiveCardAction("incidents.acknowledge", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty()))
            .OnInvoke("task/fetch", _ => Task.FromResult(AdaptiveCardResponses.Empty()));

        Assert.Equal(["incidents.acknowledge"], router.Verbs);
        Assert.Equal(["task/fetch"], router.NamedInvokes);
        Assert.False(router.HandlesFeedback);
    }

    [Fact]
    public async Task Use_RunsAroundEveryRouteInOrder_AndCanChangeTheActivityFirst()
    {
        var router = new ActivityRouter()
            .Use(async (ctx, next) => { _log.Add("first"); ctx.Activity.Text = "rewritten"; await next(); _log.Add("first-after"); })
            .Use((ctx, next) => { _log.Add("second"); return next(); })
            .OnMessage(ctx => { _log.Add($"route:{ctx.Activity.Text}"); return Task.CompletedTask; });

        await router.DispatchAsync(Turn(new Activity { Type = "message", Text = "hi" }));

        Assert.Equal(["first", "second", "route:rewritten", "first-after"], _log);
    }

    [Fact]
    public async Task Use_NotCallingNext_EndsTheTurnAndAnInvokeGetsItsResponse()
    {
        var router = new ActivityRouter()
            .Use((ctx, _) => { ctx.InvokeResponse = AdaptiveCardResponses.Message("stopped"); return Task.CompletedTask; })
            .OnAdaptiveCardAction("incidents.acknowledge", (_, _) => { _log.Add("route"); return Task.FromResult(AdaptiveCardResponses.Empty()); });

        var response = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));

        Assert.Empty(_log);
        Assert.Contains("stopped", JsonSerializer.Serialize(response!.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnmatchedInvoke_Is501()
    {
        var response = await new ActivityRouter().DispatchAsync(Turn(new Activity { Type = "invoke", Name = "composeExtension/query" }));

        Assert.Equal(501, response!.Status);
    }

    [Fact]
    public async Task OnInvoke_ByName_IsExclusiveAndAnswers()
    {
        var router = new ActivityRouter()
            .OnInvoke("task/fetch", _ => Task.FromResult(new InvokeResponse(200, new { ok = true })))
            .OnAny(_ => { _log.Add("any"); return Task.CompletedTask; });

        var response = await router.DispatchAsync(Turn(new Activity { Type = "invoke", Name = "task/fetch" }));

        Assert.Equal(200, response!.Status);
        Assert.Empty(_log);
    }

    [Fact]
    public async Task Feedback_CallsHandlerAndAnswersEmpty200()
    {
        FeedbackInvoke? seen = null;
        var router = new ActivityRouter().OnFeedback((_, f) => { seen = f; return Task.CompletedTask; });

        var response = await router.DispatchAsync(Turn("invoke-feedback"));

        Assert.Equal(200, response!.Status);
        Assert.Null(response.Body);
        Assert.Equal("dislike", seen?.Reaction);
    }

    [Fact]
    public async Task Message_FirstMatchingRouteWins_RegexSeesTextWithoutMention()
    {
        var router = new ActivityRouter()
            .OnMessage(new Regex("^hello", RegexOptions.IgnoreCase), _ => { _log.Add("hello"); return Task.CompletedTask; })
            .OnMessage(_ => { _log.Add("catch-all"); return Task.CompletedTask; });

        var response = await router.DispatchAsync(Turn("channel-message-mention"));

        Assert.Null(response);
        Assert.Equal(["hello"], _log);
    }

    [Fact]
    public async Task LegacySubmit_GoesToOnSubmit()
    {
        var router = new ActivityRouter()
            .OnSubmit((_, value) => { _log.Add(value["verb"]!.GetValue<string>()); return Task.CompletedTask; })
            .OnMessage(_ => { _log.Add("message"); return Task.CompletedTask; });

        await router.DispatchAsync(Turn("message-submit-legacy"));

        Assert.Equal(["incidents.acknowledge"], _log);
    }

    [Fact]
    public async Task EventTypes_AllHandlersRun_OnAnyOnlyWhenUnhandled()
    {
        var router = new ActivityRouter()
            .OnInstallationUpdate(_ => { _log.Add("a"); return Task.CompletedTask; })
            .OnInstallationUpdate(_ => { _log.Add("b"); return Task.CompletedTask; })
            .OnAny(_ => { _log.Add("any"); return Task.CompletedTask; });

        await router.DispatchAsync(Turn("installation-update-add"));
        await router.DispatchAsync(Turn("message-reaction"));

        Assert.Equal(["a", "b", "any"], _log);
    }

    [Fact]
    public void DuplicateRegistrations_Throw()
    {
        var router = new ActivityRouter()
            .OnAdaptiveCardAction("incidents.acknowledge", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty()))
            .OnInvoke("task/fetch", _ => Task.FromResult(AdaptiveCardResponses.Empty()));

        Assert.Throws<InvalidOperationException>(() => router.OnAdaptiveCardAction("Incidents.Acknowledge", (_, _) => Task.FromResult(AdaptiveCardResponses.Empty())));
        Assert.Throws<InvalidOperationException>(() => router.OnInvoke("task/fetch", _ => Task.FromResult(AdaptiveCardResponses.Empty())));
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("incidents.")]
    [InlineData("incidents ack")]
    public void Verb_NotFeatureDotAction_Throws(string verb) =>
        Assert.Throws<ArgumentException>(() => new ActivityRouter().OnAdaptiveCardAction(verb, (_, _) => Task.FromResult(AdaptiveCardResponses.Empty())));

    [Fact]
    public void SealedRouter_RejectsRegistration()
    {
        var router = new ActivityRouter();
        router.Seal();

        Assert.Throws<InvalidOperationException>(() => router.OnMessage(_ => Task.CompletedTask));
    }

    [Fact]
    public async Task HandlerException_Invoke500WithoutExceptionText_Message200()
    {
        var router = new ActivityRouter()
            .OnAdaptiveCardAction("incidents.acknowledge", (_, _) => throw new InvalidOperationException("secret detail"))
            .OnMessage(_ => throw new InvalidOperationException("secret detail"));

        var invoke = await router.DispatchAsync(Turn("invoke-adaptive-card-action"));
        var message = await router.DispatchAsync(Turn("personal-message"));

        Assert.Equal(500, invoke!.Status);
        Assert.DoesNotContain("secret", JsonSerializer.Serialize(invoke.Body), StringComparison.Ordinal);
        Assert.Null(message);
    }

    [Fact]
    public async Task TurnContext_SendAsync_AddressesFromInboundWithoutMutatingIt()
    {
        var turn = Turn("channel-message-mention");

        await turn.SendAsync(MessageBuilder.Text("hi").Build());
        await turn.SendAsync(MessageBuilder.Text("threaded").ReplyTo("1727751600000").Build());
        await turn.SendTypingAsync();

        var send = _connector.Calls[0];
        Assert.Equal(("send", "https://smba.trafficmanager.net/jp/", "19:a1b2c3d4e5f6@thread.tacv2;messageid=1727751600000"),
            (send.Operation, send.ServiceUrl, send.ConversationId));
        Assert.Equal("28:0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", send.Activity!.From!.Id);
        Assert.Equal("29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", send.Activity.Recipient!.Id);
        Assert.Equal(("reply", "1727751600000"), (_connector.Calls[1].Operation, _connector.Calls[1].ActivityId));
        Assert.Equal("typing", _connector.Calls[2].Activity!.Type);
        Assert.Equal("<at>Helpdesk Bot</at> hello <at>Suzuki Ichiro</at>", turn.Activity.Text);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
