using ChatBot.Host.Outbox;
using ChatBot.Host.Proactive;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Tests.Proactive;

/// <summary>How connector failures become outbox outcomes: a 429 is a throttled retry, other transient errors plain ones.</summary>
public sealed class ConnectorOutboxDeliveryTests
{
    [Fact]
    public async Task DeliverAsync_429WithRetryAfter_ThrottledRetryAfterIt()
    {
        var outcome = await DeliverAsync(new ConnectorException("slow down", 429, "Throttled", TimeSpan.FromSeconds(3), "op-1"));

        var retry = Assert.IsType<RetryLaterOutcome>(outcome);
        Assert.True(retry.Throttled);
        Assert.Equal(TimeSpan.FromSeconds(3), retry.RetryAfter);
        Assert.Equal("429 Throttled", retry.Error);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(412)]
    [InlineData(null)] // no response: timeout or network
    public async Task DeliverAsync_OtherTransientFailure_PlainRetry(int? status)
    {
        var outcome = await DeliverAsync(new ConnectorException("failed", status, null, null, null));

        var retry = Assert.IsType<RetryLaterOutcome>(outcome);
        Assert.False(retry.Throttled);
        Assert.Null(retry.RetryAfter);
    }

    [Fact]
    public async Task DeliverAsync_WritesBlocked_Failed()
    {
        var outcome = await DeliverAsync(new ConnectorException("blocked", 403, "MessageWritesBlocked", null, null));

        Assert.Equal("403 MessageWritesBlocked", Assert.IsType<FailedOutcome>(outcome).Error);
    }

    private static Task<DeliveryOutcome> DeliverAsync(ConnectorException failure)
    {
        var delivery = new ConnectorOutboxDelivery(new FailingConnector(failure), new BotIdentity(Options.Create(new BotAuthenticationOptions { AppId = "app" })));
        var message = new OutboxMessage(
            Guid.NewGuid(), OutboxKind.Send, new OutboxTarget("https://smba.trafficmanager.net/teams/", "a:1"),
            """{"type":"message","text":"hi"}""", "key", OutboxStatus.InFlight, 1, 0, DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch, "worker", null, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        return delivery.DeliverAsync(message, CancellationToken.None);
    }

    /// <summary>Every call fails with the given exception.</summary>
    private sealed class FailingConnector(ConnectorException failure) : IConnectorClient
    {
        public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
            throw failure;

        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
            throw failure;

        public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
            throw failure;

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
            throw failure;

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
            throw failure;

        public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
            throw failure;
    }
}
