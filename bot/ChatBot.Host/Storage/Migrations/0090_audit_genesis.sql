-- Where the audit trail's genesis event is (see Audit/DatabaseGenesis.cs): one row, written once per database in the
-- transaction that appends the event. It outlives an emptied audit_events table, so the check can tell a trail that
-- lost its genesis from one that never had it.
CREATE TABLE audit_genesis (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
