-- Corrective actions (是正措置). due_date is a Japan calendar date as TEXT 'yyyy-MM-dd' (sorts and compares
-- correctly on both engines). One action per origin reference: the same NO answer never creates two.

CREATE TABLE corrective_actions (
    id TEXT NOT NULL PRIMARY KEY,
    origin TEXT NOT NULL,
    origin_reference TEXT NOT NULL,
    title TEXT NOT NULL,
    owner_aad_object_id TEXT NOT NULL,
    department_id TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL,
    closing_note TEXT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (origin, origin_reference)
);

CREATE INDEX ix_corrective_actions_department ON corrective_actions (department_id, status);
CREATE INDEX ix_corrective_actions_owner ON corrective_actions (owner_aad_object_id, status);
CREATE INDEX ix_corrective_actions_due ON corrective_actions (status, due_date);

-- Numbering per Japan calendar year: CA-2026-0001.
CREATE TABLE corrective_action_counters (
    year INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
);
