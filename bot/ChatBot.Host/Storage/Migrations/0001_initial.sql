-- Conversation references (to send proactively) and the durable outbox.
-- Timestamps: Unix milliseconds. Ids: text. See ../README.md.

CREATE TABLE conversation_references (
    user_aad_object_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    service_url TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    conversation_type TEXT,
    tenant_id TEXT,
    bot_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT,
    locale TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_aad_object_id, conversation_id)
);

CREATE INDEX ix_conversation_references_type ON conversation_references (user_aad_object_id, conversation_type);

-- seq is {{outbox_seq_comment}}, which per-conversation ordering follows.
CREATE TABLE outbox (
    seq {{identity_key}},
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    service_url TEXT NOT NULL,
    conversation_id TEXT,
    user_aad_object_id TEXT,
    tenant_id TEXT,
    activity_id TEXT,
    ordering_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    last_error TEXT,
    result_activity_id TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX ix_outbox_status_due ON outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_ordering ON outbox (ordering_key, seq);
