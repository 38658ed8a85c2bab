-- Durable timers: one row per key, claimed with a lease like the outbox (see Timers/TimerStore.cs).
-- status: pending, running, done, failed, cancelled.

CREATE TABLE durable_timers (
    timer_key TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX ix_durable_timers_status_due ON durable_timers (status, due_at);
