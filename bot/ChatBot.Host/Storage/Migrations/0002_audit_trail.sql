-- The tamper-evident audit trail: one hash chain over every event (see Audit/AuditTrail.cs).
-- Append-only: the code never updates or deletes these rows. seq is assigned by the single writer
-- (under a lock), contiguous from 1, so a missing number is a deleted row.

CREATE TABLE audit_events (
    seq BIGINT NOT NULL PRIMARY KEY,
    stream TEXT NOT NULL,
    actor TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX ix_audit_events_stream ON audit_events (stream, seq);
