-- ConsentKit schema version 7: the confidentiality-incident register (R62-R65).

-- The fields QC-INC s.7 prescribes, the risk-of-serious-injury assessment and the notice dates. Counts and categories
-- only: the register describes an incident, it does not copy the data involved.
CREATE TABLE incidents (
    incident_id           TEXT PRIMARY KEY,
    org_id                TEXT NOT NULL,
    recorded_at           INTEGER NOT NULL,
    kind                  TEXT NOT NULL,
    occurred_from         INTEGER NOT NULL,
    occurred_to           INTEGER NULL,
    aware_at              INTEGER NOT NULL,
    circumstances         TEXT NOT NULL,
    categories            TEXT NOT NULL,
    persons               INTEGER NOT NULL,
    sensitivity           TEXT NOT NULL,
    likelihood            TEXT NOT NULL,
    serious_injury        INTEGER NOT NULL,
    authority_notified_at INTEGER NULL,
    persons_notified_at   INTEGER NULL,
    public_notified_at    INTEGER NULL,
    mitigation            TEXT NULL,
    keep_until            INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_incidents_org ON incidents (org_id, aware_at);
