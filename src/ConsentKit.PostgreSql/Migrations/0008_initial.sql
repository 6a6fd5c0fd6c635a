-- ConsentKit schema version 8 on PostgreSQL: the same tables and columns as the SQLite store's migrations 001-008, so that
-- every capability reads and writes the same rows on both providers. Instants are Unix ticks (100 ns, UTC) in BIGINT.
-- Text columns use the "C" collation: ids sort and compare byte by byte, as in SQLite and in the library's ordinal
-- comparisons, whatever the database's default locale.

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id         TEXT COLLATE "C" PRIMARY KEY,
    name       TEXT NOT NULL,
    parent_id  TEXT COLLATE "C" NULL REFERENCES organisations (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE organisation_sharing (
    from_org    TEXT COLLATE "C" NOT NULL REFERENCES organisations (id),
    to_org      TEXT COLLATE "C" NOT NULL REFERENCES organisations (id),
    purposes    TEXT NOT NULL,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (from_org, to_org)
);

CREATE TABLE purposes (
    name     TEXT COLLATE "C" PRIMARY KEY,
    lifetime TEXT NOT NULL,
    bases    TEXT NOT NULL,
    source   TEXT NOT NULL
);

-- Personal data: erased with the person. attributes holds the declared attributes as JSON text (read as jsonb by
-- segments), kept as written so that what was stored is what is exported.
CREATE TABLE contacts (
    org_id        TEXT COLLATE "C" NOT NULL REFERENCES organisations (id),
    contact_id    TEXT COLLATE "C" NOT NULL,
    first_name    TEXT NULL,
    last_name     TEXT NULL,
    phone         TEXT COLLATE "C" NULL,
    email         TEXT COLLATE "C" NULL,
    language      TEXT NULL,
    postal_code   TEXT COLLATE "C" NULL,
    birth_date    TEXT COLLATE "C" NULL,
    personal_hmac TEXT NOT NULL,
    updated_at    BIGINT NOT NULL,
    time_zone     TEXT COLLATE "C" NULL,
    zones         TEXT NULL,
    phone_hmac    TEXT COLLATE "C" NULL,
    email_hmac    TEXT COLLATE "C" NULL,
    attributes    TEXT NULL,
    erased_at     BIGINT NULL,
    PRIMARY KEY (org_id, contact_id)
);
CREATE INDEX ix_contacts_phone ON contacts (org_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX ix_contacts_email ON contacts (org_id, email) WHERE email IS NOT NULL;

-- The ledger: append-only, one hash chain per organisation. seq is the insertion order; chain_seq the position in the chain.
CREATE TABLE ledger_events (
    seq                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id              TEXT COLLATE "C" NOT NULL,
    chain_seq           BIGINT NOT NULL,
    event_id            TEXT COLLATE "C" NOT NULL,
    prev_event_id       TEXT COLLATE "C" NULL,
    prev_hash           TEXT NOT NULL,
    hash                TEXT NOT NULL,
    kind                TEXT COLLATE "C" NOT NULL,
    contact_id          TEXT COLLATE "C" NOT NULL,
    purpose             TEXT COLLATE "C" NULL,
    channel             TEXT COLLATE "C" NULL,
    basis               TEXT NULL,
    occurred_at         BIGINT NOT NULL,
    recorded_at         BIGINT NOT NULL,
    expires_at          BIGINT NULL,
    source              TEXT COLLATE "C" NULL,
    notice_id           TEXT NULL,
    notice_version      TEXT NULL,
    notice_language     TEXT NULL,
    notice_sha256       TEXT NULL,
    from_data_subject   BOOLEAN NOT NULL,
    third_party         TEXT NULL,
    third_party_country TEXT NULL,
    jurisdiction        TEXT NOT NULL,
    idempotency_key     TEXT COLLATE "C" NULL,
    personal_hmac       TEXT NOT NULL,
    contact_hmac        TEXT NULL,
    send_window         TEXT NULL,
    source_detail       TEXT NULL,
    affirmative_act     TEXT NULL,
    evidence_ref        TEXT NULL,
    collected_by        TEXT NULL,
    guardian            TEXT NULL,
    erased_at           BIGINT NULL
);
CREATE UNIQUE INDEX ux_ledger_chain ON ledger_events (org_id, chain_seq);
CREATE UNIQUE INDEX ux_ledger_idempotency ON ledger_events (org_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_ledger_contact ON ledger_events (org_id, contact_id);

CREATE TABLE chain_heads (
    org_id    TEXT COLLATE "C" PRIMARY KEY,
    chain_seq BIGINT NOT NULL,
    event_id  TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TABLE consent_state (
    org_id            TEXT COLLATE "C" NOT NULL,
    contact_id        TEXT COLLATE "C" NOT NULL,
    purpose           TEXT COLLATE "C" NOT NULL,
    channel           TEXT COLLATE "C" NOT NULL,
    status            TEXT COLLATE "C" NOT NULL,
    basis             TEXT COLLATE "C" NULL,
    since             BIGINT NOT NULL,
    expires_at        BIGINT NULL,
    event_id          TEXT NOT NULL,
    chain_seq         BIGINT NOT NULL,
    parental          BOOLEAN NOT NULL DEFAULT FALSE,
    from_data_subject BOOLEAN NOT NULL DEFAULT TRUE,
    send_window       TEXT NULL,
    PRIMARY KEY (org_id, contact_id, purpose, channel)
);

CREATE TABLE suppressions (
    scope           TEXT COLLATE "C" NOT NULL,
    identifier_hmac TEXT COLLATE "C" NOT NULL,
    kind            TEXT NOT NULL,
    reason          TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (scope, identifier_hmac)
);
CREATE INDEX ix_suppressions_identifier ON suppressions (identifier_hmac);

CREATE TABLE sends (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id     TEXT COLLATE "C" NOT NULL,
    contact_id TEXT COLLATE "C" NOT NULL,
    purpose    TEXT COLLATE "C" NOT NULL,
    channel    TEXT COLLATE "C" NOT NULL,
    sent_at    BIGINT NOT NULL,
    message_id TEXT COLLATE "C" NULL
);
CREATE INDEX ix_sends_contact ON sends (org_id, contact_id, channel, sent_at);

CREATE TABLE targeting_register (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id       TEXT COLLATE "C" NOT NULL UNIQUE,
    org_id         TEXT COLLATE "C" NOT NULL,
    recorded_at    BIGINT NOT NULL,
    requested_by   TEXT NULL,
    purpose        TEXT NOT NULL,
    rules          TEXT NOT NULL,
    segment        TEXT NOT NULL,
    segment_sha256 TEXT NOT NULL,
    sources        TEXT NOT NULL,
    audience       BIGINT NULL,
    allowed        BOOLEAN NOT NULL,
    violations     TEXT NOT NULL
);
CREATE INDEX ix_targeting_register_org ON targeting_register (org_id, recorded_at);

CREATE TABLE send_records (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id           TEXT COLLATE "C" NOT NULL,
    message_id       TEXT COLLATE "C" NOT NULL,
    contact_id       TEXT COLLATE "C" NOT NULL,
    channel          TEXT COLLATE "C" NOT NULL,
    purpose          TEXT COLLATE "C" NOT NULL,
    campaign         TEXT NULL,
    sent_at          BIGINT NOT NULL,
    recorded_at      BIGINT NOT NULL,
    register_entry   TEXT NULL,
    consent_event_id TEXT NULL,
    gate_allowed     BOOLEAN NOT NULL,
    facts            TEXT NOT NULL,
    record_sha256    TEXT NOT NULL,
    body             TEXT NULL,
    UNIQUE (org_id, message_id)
);
CREATE INDEX ix_send_records_contact ON send_records (org_id, contact_id, channel, sent_at);
CREATE INDEX ix_send_records_sent ON send_records (org_id, sent_at);

CREATE TABLE explanation_links (
    code_sha256 TEXT COLLATE "C" PRIMARY KEY,
    org_id      TEXT COLLATE "C" NOT NULL,
    message_id  TEXT COLLATE "C" NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    revoked_at  BIGINT NULL
);
CREATE INDEX ix_explanation_links_message ON explanation_links (org_id, message_id);

CREATE TABLE requests (
    request_id       TEXT COLLATE "C" PRIMARY KEY,
    org_id           TEXT COLLATE "C" NOT NULL,
    kind             TEXT NOT NULL,
    contact_id       TEXT COLLATE "C" NULL,
    received_at      BIGINT NOT NULL,
    received_via     TEXT NOT NULL,
    identity         TEXT NOT NULL,
    status           TEXT COLLATE "C" NOT NULL,
    extension        TEXT NULL,
    extension_reason TEXT NULL,
    due_date         TEXT NOT NULL,
    due_at           BIGINT NOT NULL,
    history          TEXT NOT NULL,
    reference        TEXT NULL
);
CREATE INDEX ix_requests_org ON requests (org_id, received_at);

CREATE TABLE erasures (
    erasure_id   TEXT COLLATE "C" PRIMARY KEY,
    org_id       TEXT COLLATE "C" NOT NULL,
    contact_id   TEXT COLLATE "C" NOT NULL,
    erased_at    BIGINT NOT NULL,
    requested_by TEXT NULL,
    counts       TEXT NOT NULL,
    kept         TEXT NOT NULL
);
CREATE INDEX ix_erasures_contact ON erasures (org_id, contact_id);

CREATE TABLE incidents (
    incident_id           TEXT COLLATE "C" PRIMARY KEY,
    org_id                TEXT COLLATE "C" NOT NULL,
    recorded_at           BIGINT NOT NULL,
    kind                  TEXT NOT NULL,
    occurred_from         BIGINT NOT NULL,
    occurred_to           BIGINT NULL,
    aware_at              BIGINT NOT NULL,
    circumstances         TEXT NOT NULL,
    categories            TEXT NOT NULL,
    persons               BIGINT NOT NULL,
    sensitivity           TEXT NOT NULL,
    likelihood            TEXT NOT NULL,
    serious_injury        BOOLEAN NOT NULL,
    authority_notified_at BIGINT NULL,
    persons_notified_at   BIGINT NULL,
    public_notified_at    BIGINT NULL,
    mitigation            TEXT NULL,
    keep_until            BIGINT NOT NULL
);
CREATE INDEX ix_incidents_org ON incidents (org_id, aware_at);
