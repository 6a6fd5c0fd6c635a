-- ConsentKit schema version 3: targeting guard and minimization.

-- The contact's declared attributes beyond the built-in columns (interests, riding, events attended...), as a JSON object
-- whose keys are data-catalog fields. Personal data: removed with the contact on erasure.
ALTER TABLE contacts ADD COLUMN attributes TEXT NULL;

-- Every targeting decision, allowed or refused (R67): the segment, purpose, rules, data sources and audience; never
-- personal data (identity and contact fields cannot be criteria), so entries outlive erasure.
CREATE TABLE targeting_register (
    seq            INTEGER PRIMARY KEY,
    entry_id       TEXT NOT NULL UNIQUE,
    org_id         TEXT NOT NULL,
    recorded_at    INTEGER NOT NULL,
    requested_by   TEXT NULL,
    purpose        TEXT NOT NULL,
    rules          TEXT NOT NULL,
    segment        TEXT NOT NULL,
    segment_sha256 TEXT NOT NULL,
    sources        TEXT NOT NULL,
    audience       INTEGER NULL,
    allowed        INTEGER NOT NULL,
    violations     TEXT NOT NULL
);
CREATE INDEX ix_targeting_register_org ON targeting_register (org_id, recorded_at);
