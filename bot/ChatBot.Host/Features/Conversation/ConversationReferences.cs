using System.Collections.Concurrent;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// Keeps the latest conversation reference of every user the bot has heard from, so it can reach them
/// proactively later, in the language they last wrote in. Writes only when something changed: a busy bot does not
/// write on every turn.
/// </summary>
public sealed class ConversationReferences(ConversationReferenceStore store)
{
    private readonly ConcurrentDictionary<(string User, string Conversation), string> _known = new();
    private readonly ConcurrentDictionary<(string User, string Conversation), string?> _locales = new();

    /// <summary>The locale this user's conversation was last answered in (a click carries no text to tell), if known.</summary>
    public async ValueTask<string?> LastLocaleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        var user = reference.UserAadObjectId ?? reference.UserId;
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(reference.ConversationId)) return null;
        if (_locales.TryGetValue((user, reference.ConversationId), out var locale)) return locale;

        locale = await store.FindLocaleAsync(user, reference.ConversationId, cancellationToken);
        _locales.TryAdd((user, reference.ConversationId), locale);
        return locale;
    }

    /// <param name="locale">The locale the turn is answered in, which may differ from the client's.</param>
    public async Task RememberAsync(Activity activity, string? locale, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        var user = reference.UserAadObjectId ?? reference.UserId;
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;

        var fingerprint = string.Join('|', reference.ServiceUrl, locale, reference.UserName, reference.TenantId);
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
            locale), cancellationToken);
        _known[(user, reference.ConversationId)] = fingerprint;
        _locales[(user, reference.ConversationId)] = locale;
    }
}
