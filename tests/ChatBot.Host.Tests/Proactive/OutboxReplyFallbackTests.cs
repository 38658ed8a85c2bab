using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Tests.Support;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Proactive;

/// <summary>A reply taken over from a turn is delivered by the outbox as the same connector call the turn would have made.</summary>
public sealed class OutboxReplyFallbackTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly string Conversation = TeamsActivities.PersonalConversationId(TeamsActivities.AlexWilber);

    [Theory]
    [InlineData(TurnReplyKind.Send, "POST", "")]
    [InlineData(TurnReplyKind.Reply, "POST", "/1727748943123")]
    [InlineData(TurnReplyKind.Update, "PUT", "/1727748943123")]
    public async Task HandOverAsync_Kind_DeliveredAsTheSameConnectorCall(TurnReplyKind kind, string method, string activityPath)
    {
        await using var app = new BotApplication(authenticated: true);
        _ = app.Server;
        var activityId = kind == TurnReplyKind.Send ? null : "1727748943123";
        var activity = MessageBuilder.Text($"taken over {kind}").Build();

        await app.Services.GetRequiredService<IReplyFallback>().HandOverAsync(
            new TurnReply(kind, app.ServiceUrl, Conversation, activityId, activity), null, CancellationToken.None);

        await Eventually.TrueAsync(() => app.Connector.Calls.Any(c => c.Delivered), Patience, "the outbox delivers it");
        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal(method, call.Method.Method);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities{activityPath}", call.Path);
        Assert.Equal($"taken over {kind}", call.Text);
    }
}
