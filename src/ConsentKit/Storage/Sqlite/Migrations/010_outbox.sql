-- ConsentKit schema version 10: outbound propagation (R12, R59; issue 18). Every withdrawal, suppression and erasure is
-- written here in the transaction that records it; a dispatcher delivers each event, in order, to every processor the
-- organisation registered, as a signed webhook. Payloads hold ids and codes only, never a number, an address or a name.

CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id   TEXT NOT NULL UNIQUE,
    org_id     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_outbox_org ON outbox (org_id, seq);

-- A processor (an SMS or e-mail vendor, the CRM) and where its delivery stands: every event after cursor_seq is still
-- owed to it; attempts, next_attempt_at and last_error describe the one at the head.
CREATE TABLE processors (
    org_id            TEXT NOT NULL,
    processor_id      TEXT NOT NULL,
    name              TEXT NOT NULL,
    url               TEXT NOT NULL,
    secret            TEXT NOT NULL,
    registered_at     INTEGER NOT NULL,
    cursor_seq        INTEGER NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT NULL,
    last_delivered_at INTEGER NULL,
    PRIMARY KEY (org_id, processor_id)
) WITHOUT ROWID;
