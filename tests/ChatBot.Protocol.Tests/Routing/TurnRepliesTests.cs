using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Tests.Routing;

/// <summary>
/// A turn's replies over the real connector client and a recording handler: transient failures are retried within the
/// turn, then handed to the fallback in order; permanent ones throw; typing is best effort.
/// </summary>
public sealed class TurnRepliesTests : IDisposable
{
    private readonly ConnectorFixture _fixture = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly RecordingFallback _fallback = new();

    private List<RecordedRequest> Requests => _fixture.Handler.Requests;

    public void Dispose()
    {
        _services.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public async Task SendAsync_503ThenCreated_RetriedWithinTheTurn()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);

        var sent = await BareTurn().SendAsync(MessageBuilder.Text("form").Build());

        Assert.Equal("1", sent.Id);
        Assert.Equal(2, Requests.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterHttpDate_WaitsItThenSends()
    {
        var at = _fixture.Time.GetUtcNow().AddSeconds(1); // the client reads the date against its clock: 1 s exactly
        _fixture.Handler.Enqueue(HttpStatusCode.TooManyRequests, null, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at));
        var clock = Stopwatch.StartNew();

        var sent = await BareTurn().SendAsync(MessageBuilder.Text("form").Build());

        Assert.Equal("1", sent.Id);
        Assert.Equal(2, Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}, before Retry-After");
    }

    [Fact]
    public async Task UpdateActivityAsync_503ThenOk_RetriedWithinTheTurn()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"card-1"}""");

        var updated = await BareTurn().UpdateActivityAsync("card-1", MessageBuilder.Text("updated").Build());

        Assert.Equal("card-1", updated.Id);
        Assert.Equal([HttpMethod.Put, HttpMethod.Put], Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task SendAsync_StillUnavailableWithoutFallback_ThrowsTheConnectorErrorAfterMaxAttempts()
    {
        for (var i = 0; i < 3; i++) _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => BareTurn().SendAsync(MessageBuilder.Text("form").Build()));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, Requests.Count);
    }

    [Fact]
    public async Task SendAsync_NotFound_ThrowsWithoutRetry()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Turn().SendAsync(MessageBuilder.Text("form").Build()));

        Assert.Equal(404, error.StatusCode);
        Assert.Single(Requests);
        Assert.Empty(_fallback.Replies);
    }

    [Fact]
    public async Task SendTypingAsync_503_IgnoredWithoutRetry()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);

        var typing = await BareTurn().SendTypingAsync();

        Assert.Null(typing.Id);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task SendAsync_StillUnavailable_HandedOverAfterMaxAttempts()
    {
        for (var i = 0; i < 3; i++) _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);

        var sent = await Turn().SendAsync(MessageBuilder.Text("form").Build());

        Assert.Null(sent.Id);
        Assert.Equal(3, Requests.Count);
        var (reply, retryAfter) = Assert.Single(_fallback.Replies);
        Assert.Equal(TurnReplyKind.Send, reply.Kind);
        Assert.Equal("https://smba.trafficmanager.net/jp/", reply.ServiceUrl);
        Assert.Equal("a:1Xyz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz", reply.ConversationId);
        Assert.Equal("form", reply.Activity!.Text);
        Assert.Null(retryAfter);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondTheBudget_HandedOverAtOnceWithTheWait()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.TooManyRequests, null, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)));

        await Turn().SendAsync(MessageBuilder.Text("form").Build());

        Assert.Single(Requests);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(_fallback.Replies).RetryAfter);
    }

    [Fact]
    public async Task SendAsync_AfterAHandOver_LaterRepliesFollowWithoutTrying()
    {
        for (var i = 0; i < 3; i++) _fixture.Handler.Enqueue(HttpStatusCode.BadGateway);
        var turn = Turn();

        await turn.SendAsync(MessageBuilder.Text("first").Build());
        await turn.SendTypingAsync();
        await turn.SendAsync(MessageBuilder.Text("second").ReplyTo("1727748943123").Build());
        await turn.UpdateActivityAsync("card-1", MessageBuilder.Text("third").Build());

        Assert.Equal(3, Requests.Count); // all of them tries of the first
        Assert.Equal([TurnReplyKind.Send, TurnReplyKind.Reply, TurnReplyKind.Update], _fallback.Replies.Select(r => r.Reply.Kind));
        Assert.Equal(["first", "second", "third"], _fallback.Replies.Select(r => r.Reply.Activity!.Text));
        Assert.Equal([null, "1727748943123", "card-1"], _fallback.Replies.Select(r => r.Reply.ActivityId));
    }

    [Fact]
    public async Task SendAsync_TeamsGivesUpDuringTheWait_HandedOverAnyway()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.TooManyRequests, null, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        using var aborted = new CancellationTokenSource();
        var turn = Turn(aborted.Token);

        var sending = turn.SendAsync(MessageBuilder.Text("form").Build());
        while (Requests.Count == 0) await Task.Delay(5);
        await aborted.CancelAsync();
        var sent = await sending;

        Assert.Null(sent.Id);
        Assert.Single(Requests);
        Assert.Equal("form", Assert.Single(_fallback.Replies).Reply.Activity!.Text);
    }

    // The endpoint's wiring: a fallback, a budget, a short backoff so the tests stay quick.
    private TurnContext Turn(CancellationToken aborted = default)
    {
        var options = Options.Create(new TurnReplyOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) });
        var delivery = new ReplyDelivery(_fixture.Client, options, TimeProvider.System, NullLogger<ReplyDelivery>.Instance, [_fallback]);
        return new TurnContext(TestPayloads.Activity("personal-message"), null, delivery.ForTurn(TimeProvider.System.GetTimestamp(), aborted), _services, aborted);
    }

    // A turn built outside the endpoint: default budget, no fallback.
    private TurnContext BareTurn() =>
        new(TestPayloads.Activity("personal-message"), null, _fixture.Client, _services, CancellationToken.None);

    private sealed class RecordingFallback : IReplyFallback
    {
        public List<(TurnReply Reply, TimeSpan? RetryAfter)> Replies { get; } = [];

        public Task HandOverAsync(TurnReply reply, TimeSpan? retryAfter, CancellationToken cancellationToken)
        {
            Assert.False(cancellationToken.CanBeCanceled, "a hand-over must not be cancellable by the turn");
            Replies.Add((reply, retryAfter));
            return Task.CompletedTask;
        }
    }
}
