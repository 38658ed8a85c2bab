using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Clients;

/// <summary>Proactive sends to a stored <see cref="ConversationReference"/>.</summary>
public static class ConversationReferenceExtensions
{
    /// <summary>
    /// Posts <paramref name="activity"/> into the referenced conversation, filling addressing the builder left empty.
    /// The reference's serviceUrl must be trusted: seed <c>IServiceUrlTrust.Remember</c> when loading stored references.
    /// </summary>
    public static Task<ResourceResponse> SendAsync(this IConnectorClient connector, ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        activity.Conversation ??= new ConversationAccount
        {
            Id = reference.ConversationId,
            ConversationType = reference.ConversationType,
            TenantId = reference.TenantId,
        };
        activity.From ??= reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId, Name = reference.BotName };

        // Only a 1:1 chat has a single recipient; a channel post is addressed to the conversation.
        if (string.Equals(reference.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase) && reference.UserId is not null)
        {
            activity.Recipient ??= new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.UserAadObjectId };
        }

        activity.ChannelId ??= reference.ChannelId;
        activity.ServiceUrl ??= reference.ServiceUrl;
        activity.Locale ??= reference.Locale;
        return connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
    }
}
