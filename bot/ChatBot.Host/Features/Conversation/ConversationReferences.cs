using System.Collections.Concurrent;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// Keeps the latest conversation reference of every user the bot has heard from, so it can reach them
/// proactively later, in the language they were last answered in. Writes only when something changed: a busy bot does not
/// write on every turn.
/// </summary>
public sealed class ConversationReferences(ConversationReferenceStore store)
{
    private readonly ConcurrentDictionary<(string User, string Conversation), string> _known = new();
    private readonly ConcurrentDictionary<(string User, string Conversation), string> _written = new();

    /// <summary>
    /// The language the user writes in here: <paramref name="written"/> when their text told (it is remembered), else
    /// the one they last wrote in, since a click carries no text. Kept in memory only: after a restart the client's
    /// locale answers clicks until the user writes again.
    /// </summary>
    public string? WrittenLocale(Activity activity, string? written)
    {
        if (Key(activity.GetConversationReference()) is not { } key) return written;
        if (written is not null) _written[key] = written;
        return written ?? _written.GetValueOrDefault(key);
    }

    private static (string User, string Conversation)? Key(ConversationReference reference) =>
        (reference.UserAadObjectId ?? reference.UserId) is { Length: > 0 } user && !string.IsNullOrEmpty(reference.ConversationId)
            ? (user, reference.ConversationId)
            : null;

    /// <param name="locale">The locale the turn is answered in, which may differ from the client's.</param>
    public async Task RememberAsync(Activity activity, string? locale, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        if (Key(reference) is not var (user, conversation) || string.IsNullOrEmpty(reference.ServiceUrl)) return;

        var fingerprint = string.Join('|', reference.ServiceUrl, locale, reference.UserName, reference.TenantId);
        if (_known.TryGetValue((user, conversation), out var seen) && seen == fingerprint) return;

        await store.UpsertAsync(new StoredConversationReference(
            user,
            conversation,
            reference.ServiceUrl,
            reference.ChannelId ?? "msteams",
            reference.ConversationType,
            reference.TenantId,
            reference.BotId ?? "",
            reference.UserId ?? user,
            reference.UserName,
            locale), cancellationToken);
        _known[(user, conversation)] = fingerprint;
    }
}
