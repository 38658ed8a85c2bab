-- Incident reports (issue 6). Texts are stored only after the My Number guard; the report, steps and notes are JSON.
-- The audit trail (incident:<reference>) holds the history; this row is the current state.
CREATE TABLE incident_counters (
    year INTEGER NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
);

CREATE TABLE incidents (
    reference TEXT NOT NULL PRIMARY KEY,
    reporter_aad TEXT NOT NULL,
    department_id TEXT NULL,
    status TEXT NOT NULL,
    version BIGINT NOT NULL,
    owner_aad TEXT NULL,
    escalation_level BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    next_due TEXT NULL,
    report_json TEXT NOT NULL,
    steps_json TEXT NOT NULL,
    notes_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    acknowledged_at BIGINT NULL,
    closed_at BIGINT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ix_incidents_status_due ON incidents (status, next_due);
