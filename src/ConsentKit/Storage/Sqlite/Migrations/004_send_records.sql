-- ConsentKit schema version 4: send records and their explanations.

-- What explains each message sent (R50-R54, R67): the facts as they stood at send time, frozen as JSON so that the explanation
-- reads the same after later changes to the catalog, the consent or the segment. No message body unless configured.
CREATE TABLE send_records (
    seq              INTEGER PRIMARY KEY,
    org_id           TEXT NOT NULL,
    message_id       TEXT NOT NULL,
    contact_id       TEXT NOT NULL,
    channel          TEXT NOT NULL,
    purpose          TEXT NOT NULL,
    campaign         TEXT NULL,
    sent_at          INTEGER NOT NULL,
    recorded_at      INTEGER NOT NULL,
    register_entry   TEXT NULL,
    consent_event_id TEXT NULL,
    gate_allowed     INTEGER NOT NULL,
    facts            TEXT NOT NULL,
    record_sha256    TEXT NOT NULL,
    body             TEXT NULL,
    UNIQUE (org_id, message_id)
);
CREATE INDEX ix_send_records_contact ON send_records (org_id, contact_id, channel, sent_at);

-- Links to a web explanation (R50): only the SHA-256 of the code is kept, so a copy of the database opens no page.
CREATE TABLE explanation_links (
    code_sha256 TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NULL
) WITHOUT ROWID;
CREATE INDEX ix_explanation_links_message ON explanation_links (org_id, message_id);
