-- ConsentKit schema version 6: erasure with proof (R59).

-- An erased event keeps its chained fields (ids, purpose, channel, dates, keyed hashes) so that the chain still verifies;
-- its proof kept outside the chain is replaced by this tombstone.
ALTER TABLE ledger_events ADD COLUMN erased_at INTEGER NULL;
-- A contact kept in part because a retention duty applies (donation records): what remains no longer matches its last
-- keyed hash, on purpose.
ALTER TABLE contacts ADD COLUMN erased_at INTEGER NULL;

-- The proof of each erasure: what, when, who asked, counts, what was kept and under which rule. No personal data.
CREATE TABLE erasures (
    erasure_id   TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL,
    contact_id   TEXT NOT NULL,
    erased_at    INTEGER NOT NULL,
    requested_by TEXT NULL,
    counts       TEXT NOT NULL,
    kept         TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_erasures_contact ON erasures (org_id, contact_id);
