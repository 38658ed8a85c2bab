-- Throttled attempts (HTTP 429) no longer count toward Outbox:MaxAttempts; these columns bound them by time instead.
-- first_attempt_at: set by the first claim (a row's NotBefore may lie long after created_at); NULL until then.
-- throttled_count: 429s so far, for the backoff when no Retry-After came and for operators reading dead rows.
ALTER TABLE outbox ADD COLUMN first_attempt_at BIGINT;
ALTER TABLE outbox ADD COLUMN throttled_count INTEGER NOT NULL DEFAULT 0;
