using System.Text.Json;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Proactive;

/// <summary>
/// What features call to message someone later: finds the user's personal chat (or asks the connector to create
/// one) and hands the activity to the durable outbox. Never sends directly.
/// </summary>
public sealed class ProactiveMessenger(IOutbox outbox, ConversationReferenceStore references, CardCopies copies, IOptions<ProactiveOptions> options)
{
    /// <summary>Who to message and how to reach them: read once, so a caller can build the message in their language and send it.</summary>
    public async Task<ProactiveRecipient> RecipientAsync(string aadObjectId, CancellationToken cancellationToken) =>
        new(aadObjectId, await references.FindPersonalByAadObjectIdAsync(aadObjectId, cancellationToken));

    /// <returns>False when the user cannot be reached: never talked to the bot and no tenant is known.</returns>
    public async Task<bool> SendToUserAsync(string aadObjectId, Activity activity, string? dedupeKey, CancellationToken cancellationToken) =>
        await SendAsync(await RecipientAsync(aadObjectId, cancellationToken), activity, dedupeKey, null, cancellationToken);

    /// <param name="notBefore">Earliest delivery; a large fan-out spreads its messages with it to stay under the connector's rate limits.</param>
    public async Task<bool> SendAsync(ProactiveRecipient to, Activity activity, string? dedupeKey, DateTimeOffset? notBefore, CancellationToken cancellationToken) =>
        await EnqueueAsync(to, activity, dedupeKey, notBefore, cancellationToken) is not null;

    /// <summary>Sends a card that <see cref="CardCopies"/> keeps current under <paramref name="cardKey"/>.</summary>
    public async Task<bool> SendCardCopyAsync(ProactiveRecipient to, Activity activity, string? dedupeKey, string cardKey, CancellationToken cancellationToken)
    {
        if (await EnqueueAsync(to, activity, dedupeKey, null, cancellationToken) is not { } queued) return false;
        await copies.RememberSentAsync(cardKey, to.AadObjectId, queued.Id, cancellationToken);
        return true;
    }

    private async Task<OutboxEnqueueResult?> EnqueueAsync(ProactiveRecipient to, Activity activity, string? dedupeKey, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(activity, ProtocolJson.Options);
        if (to.Conversation is { } stored)
            return await outbox.EnqueueAsync(new OutboxEnvelope(OutboxKind.Send,
                new OutboxTarget(stored.ServiceUrl, stored.ConversationId, to.AadObjectId, stored.TenantId), payload, dedupeKey, notBefore), cancellationToken);

        var tenant = options.Value.TenantId;
        if (string.IsNullOrWhiteSpace(tenant)) return null;
        return await outbox.EnqueueAsync(new OutboxEnvelope(OutboxKind.CreateAndSend,
            new OutboxTarget(options.Value.DefaultServiceUrl, UserAadObjectId: to.AadObjectId, TenantId: tenant), payload, dedupeKey, notBefore), cancellationToken);
    }
}

/// <summary>A user to message proactively, with their personal chat when they have written to the bot (null: it is created on send).</summary>
public sealed record ProactiveRecipient(string AadObjectId, StoredConversationReference? Conversation)
{
    /// <summary>The language their Teams client last reported; null means the default (Japanese).</summary>
    public string? Locale => Conversation?.Locale;
}

public sealed class ProactiveOptions
{
    public const string Section = "Proactive";

    /// <summary>Where to create conversations with users who never wrote to the bot (Teams' global endpoint).</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>The organization's tenant; defaults to <c>Bot:TenantId</c>.</summary>
    public string? TenantId { get; set; }
}
