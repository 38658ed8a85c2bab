using System.Text.Json.Nodes;

namespace ChatBot.Protocol.Schema;

/// <summary>Read-only helpers over an inbound activity; none of them mutate it.</summary>
public static class ActivityExtensions
{
    /// <summary><c>conversation.tenantId</c>, else <c>channelData.tenant.id</c> (always present in Teams).</summary>
    public static string? GetTenantId(this Activity activity) =>
        NullIfEmpty(activity.Conversation?.TenantId)
        ?? NullIfEmpty(ReadString(activity.ChannelData?["tenant"], "id"));

    /// <summary><c>activity.locale</c>, else the <c>clientInfo</c> entity's locale.</summary>
    public static string? GetLocale(this Activity activity) =>
        NullIfEmpty(activity.Locale)
        ?? activity.Entities?.Select(e => NullIfEmpty(e.AsClientInfo()?.Locale)).FirstOrDefault(l => l is not null);

    /// <summary>True for a 1:1 chat with the bot.</summary>
    public static bool IsPersonal(this Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase)
        // Emulators omit conversationType; a non-group conversation is then the closest meaning.
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup != true);

    /// <summary>Every well-formed mention entity on the activity.</summary>
    public static IEnumerable<Mention> GetMentions(this Activity activity) =>
        activity.Entities?.Select(e => e.AsMention()).OfType<Mention>() ?? [];

    /// <summary>
    /// The text with each mention of the bot (mentioned.id == recipient.id, ignoring case) removed, then trimmed.
    /// Mentions of other people stay: they are part of what the user said.
    /// </summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var mention in activity.GetMentions())
        {
            if (string.Equals(mention.Mentioned.Id, botId, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>The reference to store for proactive messages, taken from an authenticated inbound activity.</summary>
    /// <exception cref="InvalidOperationException">The activity has no serviceUrl or conversation id.</exception>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new InvalidOperationException("The activity has no serviceUrl or conversation id.");
        }

        return new ConversationReference(
            activity.ServiceUrl,
            activity.ChannelId,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.GetTenantId(),
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.From?.Name,
            activity.GetLocale());
    }

    internal static string? ReadString(JsonNode? node, string property) =>
        node is JsonObject obj && obj.TryGetPropertyValue(property, out var value)
            && value is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
