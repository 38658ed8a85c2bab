-- Quarterly self-inspections: campaigns (one per fiscal quarter, key FY2026-Q3, with the template snapshot),
-- one sheet per handler and campaign, the decision history (for the auditors' export), and the secret that
-- signs export links. Timestamps: Unix milliseconds. See ../README.md.

CREATE TABLE inspection_campaigns (
    campaign_key TEXT PRIMARY KEY,
    template_id TEXT NOT NULL,
    template_hash TEXT NOT NULL,
    template_json TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL
);

CREATE TABLE inspection_sheets (
    campaign_key TEXT NOT NULL,
    handler_aad_object_id TEXT NOT NULL,
    department_id TEXT,
    status TEXT NOT NULL,
    answers_json TEXT NOT NULL,
    return_comment TEXT,
    version INTEGER NOT NULL,
    submitted_at BIGINT,
    decided_by TEXT,
    decided_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_key, handler_aad_object_id)
);

CREATE INDEX ix_inspection_sheets_status ON inspection_sheets (campaign_key, status);

CREATE TABLE inspection_decisions (
    id TEXT PRIMARY KEY,
    campaign_key TEXT NOT NULL,
    handler_aad_object_id TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    comment TEXT,
    sheet_version INTEGER NOT NULL,
    at BIGINT NOT NULL
);

CREATE INDEX ix_inspection_decisions_campaign ON inspection_decisions (campaign_key, at);

CREATE TABLE inspection_link_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
