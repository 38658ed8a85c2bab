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
    /// <returns>False when the user cannot be reached: never talked to the bot and no tenant is known.</returns>
    public Task<bool> SendToUserAsync(string aadObjectId, Activity activity, string? dedupeKey, CancellationToken cancellationToken) =>
        SendToUserAsync(aadObjectId, activity, dedupeKey, null, cancellationToken);

    /// <param name="notBefore">Earliest delivery; a large fan-out spreads its messages with it to stay under the connector's rate limits.</param>
    public async Task<bool> SendToUserAsync(string aadObjectId, Activity activity, string? dedupeKey, DateTimeOffset? notBefore, CancellationToken cancellationToken) =>
        await EnqueueToUserAsync(aadObjectId, activity, dedupeKey, notBefore, cancellationToken) is not null;

    /// <summary>Sends a card that <see cref="CardCopies"/> keeps current under <paramref name="cardKey"/>.</summary>
    public async Task<bool> SendCardCopyAsync(string aadObjectId, Activity activity, string? dedupeKey, string cardKey, CancellationToken cancellationToken)
    {
        if (await EnqueueToUserAsync(aadObjectId, activity, dedupeKey, null, cancellationToken) is not { } queued) return false;
        await copies.RememberSentAsync(cardKey, aadObjectId, queued.Id, cancellationToken);
        return true;
    }

    private async Task<OutboxEnqueueResult?> EnqueueToUserAsync(string aadObjectId, Activity activity, string? dedupeKey, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(activity, ProtocolJson.Options);
        var stored = await references.FindPersonalByAadObjectIdAsync(aadObjectId, cancellationToken);
        if (stored is not null)
            return await outbox.EnqueueAsync(new OutboxEnvelope(OutboxKind.Send,
                new OutboxTarget(stored.ServiceUrl, stored.ConversationId, aadObjectId, stored.TenantId), payload, dedupeKey, notBefore), cancellationToken);

        var tenant = options.Value.TenantId;
        if (string.IsNullOrWhiteSpace(tenant)) return null;
        return await outbox.EnqueueAsync(new OutboxEnvelope(OutboxKind.CreateAndSend,
            new OutboxTarget(options.Value.DefaultServiceUrl, UserAadObjectId: aadObjectId, TenantId: tenant), payload, dedupeKey, notBefore), cancellationToken);
    }
}

public sealed class ProactiveOptions
{
    public const string Section = "Proactive";

    /// <summary>Where to create conversations with users who never wrote to the bot (Teams' global endpoint).</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>The organization's tenant; defaults to <c>Bot:TenantId</c>.</summary>
    public string? TenantId { get; set; }
}
