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
    /// The language this user last wrote in here, if the bot has seen text that told (a click carries none). Kept in
    /// memory only: after a restart the client's locale answers clicks until the user writes again.
    /// </summary>
    public string? LastWrittenLocale(Activity activity) =>
        Key(activity) is { } key && _written.TryGetValue(key, out var locale) ? locale : null;

    /// <summary>Remembers the language of the text the user just wrote.</summary>
    public void RememberWritten(Activity activity, string locale)
    {
        if (Key(activity) is { } key) _written[key] = locale;
    }

    private static (string, string)? Key(Activity activity)
    {
        var user = activity.From?.AadObjectId ?? activity.From?.Id;
        var conversation = activity.Conversation?.Id;
        return string.IsNullOrEmpty(user) || string.IsNullOrEmpty(conversation) ? null : (user, conversation);
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
    }
}
