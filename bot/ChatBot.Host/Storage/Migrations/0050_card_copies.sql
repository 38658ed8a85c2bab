-- Cards that are kept current in place (issue 6): where each recipient's latest copy of a card is, so a change can
-- PUT the new state over it instead of sending another card. Either the outbox row that sends it (its conversation and
-- activity ids are known once delivered) or, for a card the user acted on, the coordinates from the invoke.
CREATE TABLE card_copies (
    card_key TEXT NOT NULL,
    recipient_aad TEXT NOT NULL,
    outbox_id TEXT NULL,
    service_url TEXT NULL,
    conversation_id TEXT NULL,
    activity_id TEXT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (card_key, recipient_aad)
);

-- A conversation the outbox created (createAndSend): needed to update or delete what it sent there.
ALTER TABLE outbox ADD COLUMN result_conversation_id TEXT NULL;

-- For a reporter the organization file does not list: the manager found through the directory at filing time.
ALTER TABLE incidents ADD COLUMN routed_via_aad TEXT NULL;
