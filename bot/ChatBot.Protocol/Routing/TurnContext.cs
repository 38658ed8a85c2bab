using System.Security.Claims;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Routing;

/// <summary>
/// One inbound activity being handled: what came in, who sent it, and how to answer in the same conversation.
/// Outbound activities are addressed from the inbound one; the inbound activity itself is never modified.
/// </summary>
public sealed class TurnContext(
    Activity activity,
    ClaimsIdentity? identity,
    IConnectorClient connector,
    IServiceProvider services,
    CancellationToken cancellationToken)
{
    private ConversationReference? _reference;

    public Activity Activity { get; } = activity;

    /// <summary>The validated token's claims; null in anonymous mode.</summary>
    public ClaimsIdentity? Identity { get; } = identity;

    private string? _locale;

    /// <summary>
    /// The locale to answer in: what the host chose with <see cref="UseLocale"/> (e.g. the language the user wrote in),
    /// else <c>activity.locale</c>, else the <c>clientInfo</c> entity.
    /// </summary>
    public string? Locale => _locale ?? Activity.GetLocale();

    /// <summary>Answers this turn in <paramref name="locale"/> instead of the client's; null restores the client's.</summary>
    public void UseLocale(string? locale) => _locale = locale;

    public ConversationReference ConversationReference => _reference ??= Activity.GetConversationReference();

    /// <summary>The request's service scope, for handlers that need scoped services.</summary>
    public IServiceProvider Services { get; } = services;

    public IConnectorClient Connector { get; } = connector;

    /// <summary>Aborted when Teams gives up on the HTTP request.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The answer to an invoke; set by invoke routes (the router does this for you).</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Posts into this conversation (a channel thread stays a thread: its id carries <c>;messageid=</c>).
    /// If <paramref name="outbound"/> has a <c>replyToId</c>, it is sent as a reply to that activity.
    /// </summary>
    public Task<ResourceResponse> SendAsync(Activity outbound)
    {
        var (serviceUrl, conversationId) = Address(outbound);
        return string.IsNullOrEmpty(outbound.ReplyToId)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, outbound, CancellationToken)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, outbound.ReplyToId, outbound, CancellationToken);
    }

    /// <summary>Posts the typing indicator into this conversation.</summary>
    public Task<ResourceResponse> SendTypingAsync() => SendAsync(MessageBuilder.Typing());

    /// <summary>Replaces an activity the bot sent in this conversation (e.g. a card, for everyone).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity outbound)
    {
        var (serviceUrl, conversationId) = Address(outbound);
        outbound.Id = activityId;
        return Connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, outbound, CancellationToken);
    }

    public Task DeleteActivityAsync(string activityId)
    {
        var (serviceUrl, conversationId) = Address(null);
        return Connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, CancellationToken);
    }

    // Fills what the builder left empty from the inbound activity: we speak as its recipient, to its sender.
    private (string ServiceUrl, string ConversationId) Address(Activity? outbound)
    {
        var serviceUrl = Activity.ServiceUrl;
        var conversationId = Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The inbound activity has no serviceUrl or conversation id to answer to.");
        }

        if (outbound is not null)
        {
            outbound.Conversation ??= new ConversationAccount
            {
                Id = conversationId,
                ConversationType = Activity.Conversation?.ConversationType,
                TenantId = Activity.Conversation?.TenantId,
            };
            outbound.From ??= Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
            outbound.Recipient ??= Activity.From is { } user
                ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId }
                : null;
            outbound.ChannelId ??= Activity.ChannelId;
            outbound.ServiceUrl ??= serviceUrl;
        }

        return (serviceUrl, conversationId);
    }
}
