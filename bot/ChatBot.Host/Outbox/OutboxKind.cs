namespace ChatBot.Host.Outbox;

/// <summary>What a delivery does with the connector. Stored as <c>send</c>, <c>createAndSend</c>, <c>update</c>, <c>delete</c>, <c>reply</c>.</summary>
public enum OutboxKind
{
    /// <summary>POST a new activity to <see cref="OutboxTarget.ConversationId"/>.</summary>
    Send,

    /// <summary>Create the 1:1 conversation with <see cref="OutboxTarget.UserAadObjectId"/> in <see cref="OutboxTarget.TenantId"/>, then send.</summary>
    CreateAndSend,

    /// <summary>PUT the activity over <see cref="OutboxTarget.ActivityId"/>; naturally idempotent.</summary>
    Update,

    /// <summary>DELETE <see cref="OutboxTarget.ActivityId"/>.</summary>
    Delete,

    /// <summary>POST the activity as a reply to <see cref="OutboxTarget.ActivityId"/> (a turn's reply taken over from the turn).</summary>
    Reply,
}
