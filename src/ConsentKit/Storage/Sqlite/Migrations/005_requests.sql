-- ConsentKit schema version 5: the register of rights requests (R55, R56, R61).

-- One row per request: no personal data (the contact is an opaque id; the history holds change codes only, and the
-- extension reason is the organisation's own sentence to the person).
CREATE TABLE requests (
    request_id       TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    contact_id       TEXT NULL,
    received_at      INTEGER NOT NULL,
    received_via     TEXT NOT NULL,
    identity         TEXT NOT NULL,
    status           TEXT NOT NULL,
    extension        TEXT NULL,
    extension_reason TEXT NULL,
    due_date         TEXT NOT NULL,
    due_at           INTEGER NOT NULL,
    history          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_requests_org ON requests (org_id, received_at);
