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

-- Tamper evidence (docs/architecture.md, "Tamper evidence"), as in the SQLite store's 009.
ALTER TABLE contacts ADD COLUMN row_mac TEXT NULL;
ALTER TABLE chain_heads ADD COLUMN row_mac TEXT NULL;
ALTER TABLE consent_state ADD COLUMN row_mac TEXT NULL;
ALTER TABLE suppressions ADD COLUMN row_mac TEXT NULL;
ALTER TABLE sends ADD COLUMN row_no BIGINT NULL;
ALTER TABLE sends ADD COLUMN row_mac TEXT NULL;
ALTER TABLE erasures ADD COLUMN row_no BIGINT NULL;
ALTER TABLE erasures ADD COLUMN row_mac TEXT NULL;

CREATE TABLE row_counts (
    name      TEXT COLLATE "C" PRIMARY KEY,
    row_count BIGINT NOT NULL,
    row_mac   TEXT NOT NULL
);

INSERT INTO meta (key, value)
SELECT 'rows_unsealed', '1'
WHERE EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM chain_heads) OR EXISTS (SELECT 1 FROM consent_state) OR EXISTS (SELECT 1 FROM suppressions)
   OR EXISTS (SELECT 1 FROM sends) OR EXISTS (SELECT 1 FROM erasures);

-- Rectification and actors (R2; GDPR arts 5(1)(d), 16): who wrote each event, and which fields of a contact an update
-- changed (names only, never values); chained when present, so events written before keep their hashes.
ALTER TABLE ledger_events ADD COLUMN actor TEXT NULL;
ALTER TABLE ledger_events ADD COLUMN changed_fields TEXT NULL;
ALTER TABLE incidents ADD COLUMN recorded_by TEXT NULL;

-- Contacts abroad: the country of residence (ISO 3166-1 alpha-2), which decides how the postal code is read and, with
-- the phone, the zones quiet hours apply in.
ALTER TABLE contacts ADD COLUMN country TEXT NULL;
