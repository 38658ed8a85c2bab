using System.Collections.Concurrent;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// Keeps the latest conversation reference of every user the bot has heard from, so it can reach them
/// proactively later. Writes only when something changed: a busy bot does not write on every turn.
/// </summary>
public sealed class ConversationReferences(ConversationReferenceStore store)
{
    private readonly ConcurrentDictionary<(string User, string Conversation), string> _known = new();

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        var user = reference.UserAadObjectId ?? reference.UserId;
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;

        var fingerprint = string.Join('|', reference.ServiceUrl, reference.Locale, reference.UserName, reference.TenantId);
        if (_known.TryGetValue((user, reference.ConversationId), out var seen) && seen == fingerprint) return;

        await store.UpsertAsync(new StoredConversationReference(
            user,
            reference.ConversationId,
            reference.ServiceUrl,
            reference.ChannelId ?? "msteams",
            reference.ConversationType,
            reference.TenantId,
            reference.BotId ?? "",
            reference.UserId ?? user,
            reference.UserName,
            reference.Locale), cancellationToken);
        _known[(user, reference.ConversationId)] = fingerprint;
    }
}
