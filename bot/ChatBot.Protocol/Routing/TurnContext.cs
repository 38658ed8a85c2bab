using System.Security.Claims;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Routing;

/// <summary>
/// One inbound activity being handled: what came in, who sent it, and how to answer in the same conversation.
/// Outbound activities are addressed from the inbound one. The protocol never modifies the inbound activity; the host may
/// rewrite it before routing (its privacy guard masks personal numbers in place, so no handler ever sees them).
/// </summary>
public sealed class TurnContext
{
    private readonly TurnReplies _replies;
    private ConversationReference? _reference;

    /// <summary>A turn outside the messaging endpoint (tests, tools): replies are retried with the default budget, no fallback.</summary>
    public TurnContext(
        Activity activity,
        ClaimsIdentity? identity,
        IConnectorClient connector,
        IServiceProvider services,
        CancellationToken cancellationToken)
        : this(activity, identity, ReplyDelivery.WithoutFallback(connector).ForTurn(TimeProvider.System.GetTimestamp(), cancellationToken), services, cancellationToken)
    {
    }

    internal TurnContext(
        Activity activity,
        ClaimsIdentity? identity,
        TurnReplies replies,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        Activity = activity;
        Identity = identity;
        _replies = replies;
        Services = services;
        CancellationToken = cancellationToken;
    }

    public Activity Activity { get; }

    /// <summary>The validated token's claims; null in anonymous mode.</summary>
    public ClaimsIdentity? Identity { get; }

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
    public IServiceProvider Services { get; }

    /// <summary>
    /// The bare connector: no retry and no hand-over. Answer in this conversation with <see cref="SendAsync"/> and
    /// <see cref="UpdateActivityAsync"/> instead, which survive transient connector failures.
    /// </summary>
    public IConnectorClient Connector => _replies.Connector;

    /// <summary>Aborted when Teams gives up on the HTTP request.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The answer to an invoke; set by invoke routes (the router does this for you).</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Posts into this conversation (a channel thread stays a thread: its id carries <c>;messageid=</c>).
    /// If <paramref name="outbound"/> has a <c>replyToId</c>, it is sent as a reply to that activity.
    /// A transient connector failure is retried within the turn, then the message is handed over for delivery after
    /// the turn: the result's id is null then (see <see cref="TurnReplies"/>). A typing activity is best effort.
    /// </summary>
    public Task<ResourceResponse> SendAsync(Activity outbound)
    {
        var (serviceUrl, conversationId) = Address(outbound);
        if (string.Equals(outbound.Type, ActivityTypes.Typing, StringComparison.OrdinalIgnoreCase))
        {
            return _replies.TypingAsync(new TurnReply(TurnReplyKind.Send, serviceUrl, conversationId, null, outbound));
        }

        return _replies.DeliverAsync(string.IsNullOrEmpty(outbound.ReplyToId)
            ? new TurnReply(TurnReplyKind.Send, serviceUrl, conversationId, null, outbound)
            : new TurnReply(TurnReplyKind.Reply, serviceUrl, conversationId, outbound.ReplyToId, outbound));
    }

    /// <summary>Posts the typing indicator into this conversation; a failure is ignored (the answer matters, not this).</summary>
    public Task<ResourceResponse> SendTypingAsync() => SendAsync(MessageBuilder.Typing());

    /// <summary>Replaces an activity the bot sent in this conversation (e.g. a card, for everyone); retried like <see cref="SendAsync"/>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity outbound)
    {
        var (serviceUrl, conversationId) = Address(outbound);
        outbound.Id = activityId;
        return _replies.DeliverAsync(new TurnReply(TurnReplyKind.Update, serviceUrl, conversationId, activityId, outbound));
    }

    public Task DeleteActivityAsync(string activityId)
    {
        var (serviceUrl, conversationId) = Address(null);
        return _replies.DeliverAsync(new TurnReply(TurnReplyKind.Delete, serviceUrl, conversationId, activityId, null));
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
