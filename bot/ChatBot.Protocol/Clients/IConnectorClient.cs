using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Clients;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}/v3/conversations/…</c>). Calls are not retried, except once
/// after a 401 with a fresh token; failures throw <see cref="ConnectorException"/>, and a serviceUrl that is not
/// trusted throws <see cref="UntrustedServiceUrlException"/> before anything is sent.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a sent activity (e.g. a card for everyone); the activity must be complete, not a patch.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default);
}
