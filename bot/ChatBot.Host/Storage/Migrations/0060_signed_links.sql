-- One signing key for every signed file link (assessment and inspection workbooks, the PPC report draft), generated
-- at first use when Files:SigningKey is not configured. It replaces lifecycle_settings' download_signing_key and
-- inspection_link_secrets, which are no longer read; they stay until no older version can be running, then a later
-- migration may drop them.
CREATE TABLE signed_link_keys (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
