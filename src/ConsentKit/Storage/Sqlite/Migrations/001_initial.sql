-- ConsentKit schema version 1.
-- Instants are Unix ticks (100 ns, UTC). Personal data lives in contacts and in the *_detail columns of
-- ledger_events, outside the hashed payload, so that erasure can remove it while the chain still verifies.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    parent_id  TEXT NULL REFERENCES organisations (id),
    created_at INTEGER NOT NULL
);

-- A declared sharing relation between two controllers of one store (R12): which purposes may flow.
CREATE TABLE organisation_sharing (
    from_org    TEXT NOT NULL REFERENCES organisations (id),
    to_org      TEXT NOT NULL REFERENCES organisations (id),
    purposes    TEXT NOT NULL,
    declared_at INTEGER NOT NULL,
    PRIMARY KEY (from_org, to_org)
);

-- The purpose catalog in force, as installed by init, kept for the DPO's records (R1, R7).
CREATE TABLE purposes (
    name     TEXT PRIMARY KEY,
    lifetime TEXT NOT NULL,
    bases    TEXT NOT NULL,
    source   TEXT NOT NULL
);

CREATE TABLE contacts (
    org_id        TEXT NOT NULL REFERENCES organisations (id),
    contact_id    TEXT NOT NULL,
    first_name    TEXT NULL,
    last_name     TEXT NULL,
    phone         TEXT NULL,
    email         TEXT NULL,
    language      TEXT NULL,
    postal_code   TEXT NULL,
    birth_date    TEXT NULL,
    personal_hmac TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (org_id, contact_id)
);
CREATE INDEX ix_contacts_phone ON contacts (org_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX ix_contacts_email ON contacts (org_id, email) WHERE email IS NOT NULL;

CREATE TABLE ledger_events (
    seq                 INTEGER PRIMARY KEY,
    org_id              TEXT NOT NULL,
    chain_seq           INTEGER NOT NULL,
    event_id            TEXT NOT NULL,
    prev_event_id       TEXT NULL,
    prev_hash           TEXT NOT NULL,
    hash                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    contact_id          TEXT NOT NULL,
    purpose             TEXT NULL,
    channel             TEXT NULL,
    basis               TEXT NULL,
    occurred_at         INTEGER NOT NULL,
    recorded_at         INTEGER NOT NULL,
    expires_at          INTEGER NULL,
    source              TEXT NULL,
    notice_id           TEXT NULL,
    notice_version      TEXT NULL,
    notice_language     TEXT NULL,
    notice_sha256       TEXT NULL,
    from_data_subject   INTEGER NOT NULL,
    third_party         TEXT NULL,
    third_party_country TEXT NULL,
    jurisdiction        TEXT NOT NULL,
    idempotency_key     TEXT NULL,
    personal_hmac       TEXT NOT NULL,
    contact_hmac        TEXT NULL,
    source_detail       TEXT NULL,
    affirmative_act     TEXT NULL,
    evidence_ref        TEXT NULL,
    collected_by        TEXT NULL,
    guardian            TEXT NULL
);
CREATE UNIQUE INDEX ux_ledger_chain ON ledger_events (org_id, chain_seq);
-- No index on event_id: an id embeds its organisation and chain position, so (org_id, chain_seq) already makes it unique.
CREATE UNIQUE INDEX ux_ledger_idempotency ON ledger_events (org_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_ledger_contact ON ledger_events (org_id, contact_id);

-- The last event of each organisation's chain: detects a deleted or appended tail.
CREATE TABLE chain_heads (
    org_id    TEXT PRIMARY KEY,
    chain_seq INTEGER NOT NULL,
    event_id  TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- Current state per (contact, purpose, channel), derived from the ledger in the same transaction.
CREATE TABLE consent_state (
    org_id     TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    channel    TEXT NOT NULL,
    status     TEXT NOT NULL,
    basis      TEXT NULL,
    since      INTEGER NOT NULL,
    expires_at INTEGER NULL,
    event_id   TEXT NOT NULL,
    chain_seq  INTEGER NOT NULL,
    PRIMARY KEY (org_id, contact_id, purpose, channel)
) WITHOUT ROWID;
