-- ConsentKit schema version 9 on PostgreSQL (the SQLite store's 009): the opt-out journal and the guarantees of issue 16.

-- Opt-outs accepted while a bulk write held the organisation's chain (R10): inserted without any advisory lock, read by
-- the gate as suppressions, applied to the ledger by the next writer of the chain and deleted in that transaction.
CREATE TABLE optout_journal (
    entry_id        TEXT COLLATE "C" PRIMARY KEY,
    org_id          TEXT COLLATE "C" NOT NULL,
    kind            TEXT NOT NULL,
    scope           TEXT COLLATE "C" NOT NULL,
    identifier_hmac TEXT COLLATE "C" NOT NULL,
    identifier_kind TEXT NOT NULL,
    reason          TEXT NOT NULL,
    detail          TEXT NULL,
    evidence        TEXT NULL,
    actor           TEXT NULL,
    occurred_at     BIGINT NOT NULL,
    accepted_at     BIGINT NOT NULL
);

CREATE INDEX ix_contacts_phone_hmac ON contacts (org_id, phone_hmac) WHERE phone_hmac IS NOT NULL;
CREATE INDEX ix_contacts_email_hmac ON contacts (org_id, email_hmac) WHERE email_hmac IS NOT NULL;
