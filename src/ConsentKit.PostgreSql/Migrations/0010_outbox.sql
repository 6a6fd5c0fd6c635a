-- ConsentKit schema version 10 on PostgreSQL (the SQLite store's 010): outbound propagation (R12, R59; issue 18). Every
-- withdrawal, suppression and erasure is written here in the transaction that records it; payloads hold ids and codes only.

CREATE TABLE outbox (
    seq        BIGSERIAL PRIMARY KEY,
    event_id   TEXT COLLATE "C" NOT NULL UNIQUE,
    org_id     TEXT COLLATE "C" NOT NULL,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_outbox_org ON outbox (org_id, seq);

CREATE TABLE processors (
    org_id            TEXT COLLATE "C" NOT NULL,
    processor_id      TEXT COLLATE "C" NOT NULL,
    name              TEXT NOT NULL,
    url               TEXT NOT NULL,
    secret            TEXT NOT NULL,
    registered_at     BIGINT NOT NULL,
    cursor_seq        BIGINT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   BIGINT NOT NULL DEFAULT 0,
    last_error        TEXT NULL,
    last_delivered_at BIGINT NULL,
    PRIMARY KEY (org_id, processor_id)
);
