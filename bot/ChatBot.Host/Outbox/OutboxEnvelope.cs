namespace ChatBot.Host.Outbox;

/// <summary>A message to enqueue.</summary>
/// <param name="Kind">What to do with the connector.</param>
/// <param name="Target">Where.</param>
/// <param name="PayloadJson">The activity JSON, sent as is (empty object for <see cref="OutboxKind.Delete"/>).</param>
/// <param name="DedupeKey">
/// Names the logical message, e.g. <c>campaign:42:user:{aadObjectId}</c>: enqueueing the same key
/// again is a no-op. Null means the message is unique.
/// </param>
/// <param name="NotBefore">Earliest delivery time; null means now.</param>
public sealed record OutboxEnvelope(
    OutboxKind Kind,
    OutboxTarget Target,
    string PayloadJson,
    string? DedupeKey = null,
    DateTimeOffset? NotBefore = null);
