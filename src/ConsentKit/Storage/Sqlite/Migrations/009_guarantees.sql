-- ConsentKit schema version 9: the guarantees of issue 16. (The opt-out journal is a file of its own beside the store:
-- SQLite has one writer per file, and a STOP must not wait for a bulk import's transaction.)

CREATE INDEX ix_contacts_phone_hmac ON contacts (org_id, phone_hmac) WHERE phone_hmac IS NOT NULL;
CREATE INDEX ix_contacts_email_hmac ON contacts (org_id, email_hmac) WHERE email_hmac IS NOT NULL;

-- Tamper evidence over every table a decision relies on (docs/architecture.md, "Tamper evidence"): a keyed hash per row,
-- a number per row of the append-only tables (sends, erasures) so that a deleted one leaves a gap, and a keyed count
-- per suppression scope and per organisation so that a deleted last row shows too.
ALTER TABLE contacts ADD COLUMN row_mac TEXT NULL;
ALTER TABLE chain_heads ADD COLUMN row_mac TEXT NULL;
ALTER TABLE consent_state ADD COLUMN row_mac TEXT NULL;
ALTER TABLE suppressions ADD COLUMN row_mac TEXT NULL;
ALTER TABLE sends ADD COLUMN row_no INTEGER NULL;
ALTER TABLE sends ADD COLUMN row_mac TEXT NULL;
ALTER TABLE erasures ADD COLUMN row_no INTEGER NULL;
ALTER TABLE erasures ADD COLUMN row_mac TEXT NULL;

CREATE TABLE row_counts (
    name      TEXT PRIMARY KEY,
    row_count INTEGER NOT NULL,
    row_mac   TEXT NOT NULL
) WITHOUT ROWID;

-- Rows written before this version are sealed once, when the store is next opened with its key.
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
