using ChatBot.Host.Storage;

namespace ChatBot.Host.Outbox;

/// <summary>The outbox columns as Dapper reads them (text ids, millisecond timestamps).</summary>
internal sealed class OutboxRow
{
    public const string Columns = """
        id AS Id, kind AS Kind, service_url AS ServiceUrl, conversation_id AS ConversationId,
        user_aad_object_id AS UserAadObjectId, tenant_id AS TenantId, activity_id AS ActivityId,
        payload AS Payload, dedupe_key AS DedupeKey, status AS Status, attempts AS Attempts,
        throttled_count AS ThrottledCount, first_attempt_at AS FirstAttemptAt,
        next_attempt_at AS NextAttemptAt, lease_owner AS LeaseOwner, lease_until AS LeaseUntil,
        last_error AS LastError, result_activity_id AS ResultActivityId, result_conversation_id AS ResultConversationId, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? ConversationId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? TenantId { get; set; }
    public string? ActivityId { get; set; }
    public string Payload { get; set; } = "";
    public string DedupeKey { get; set; } = "";
    public string Status { get; set; } = "";
    public long Attempts { get; set; }
    public long ThrottledCount { get; set; }
    public long? FirstAttemptAt { get; set; }
    public long NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    public string? ResultActivityId { get; set; }
    public string? ResultConversationId { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    public OutboxMessage ToMessage() => StoredRow.Read("outbox", Id, () => new OutboxMessage(
        Guid.Parse(Id),
        OutboxNames.ParseKind(Kind),
        new OutboxTarget(ServiceUrl, ConversationId, UserAadObjectId, TenantId, ActivityId),
        Payload,
        DedupeKey,
        OutboxNames.ParseStatus(Status),
        (int)Attempts,
        (int)ThrottledCount,
        DbTime.FromDb(FirstAttemptAt),
        DbTime.FromDb(NextAttemptAt),
        LeaseOwner,
        DbTime.FromDb(LeaseUntil),
        LastError,
        ResultActivityId,
        DbTime.FromDb(CreatedAt),
        DbTime.FromDb(UpdatedAt))
    {
        ResultConversationId = ResultConversationId,
    });
}
