-- Guided lifecycle dialogs (self-assessments of one lifecycle step and business pattern) and their answers.
-- version grows with every change; cards carry it so stale and doubled clicks are recognized.
-- The counts are written when the dialog finishes, for the managers' list. Notes are masked by the turn pipeline.
CREATE TABLE lifecycle_dialogs (
    id TEXT NOT NULL PRIMARY KEY,
    owner_aad_object_id TEXT NOT NULL,
    step_id TEXT NULL,
    pattern_id TEXT NULL,
    sme {{boolean}} NOT NULL,
    status TEXT NOT NULL,
    position INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT NULL,
    successor_id TEXT NULL,
    count_done INTEGER NOT NULL DEFAULT 0,
    count_partial INTEGER NOT NULL DEFAULT 0,
    count_not_done INTEGER NOT NULL DEFAULT 0,
    count_na INTEGER NOT NULL DEFAULT 0,
    count_unanswered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_lifecycle_dialogs_owner_status ON lifecycle_dialogs (owner_aad_object_id, status, updated_at);
CREATE INDEX ix_lifecycle_dialogs_finished ON lifecycle_dialogs (status, finished_at);

CREATE TABLE lifecycle_answers (
    dialog_id TEXT NOT NULL,
    countermeasure_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    note TEXT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (dialog_id, countermeasure_id)
);

-- Small key/value settings of the feature, e.g. the download-link signing key generated at first use.
CREATE TABLE lifecycle_settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
