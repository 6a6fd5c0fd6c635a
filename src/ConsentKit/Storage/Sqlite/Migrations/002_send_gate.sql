-- ConsentKit schema version 2: the send gate.

-- The zones the gate evaluates quiet hours in: the contact's own zone when known, else its phone number's zones.
ALTER TABLE contacts ADD COLUMN time_zone TEXT NULL;
ALTER TABLE contacts ADD COLUMN zones TEXT NULL;
-- Keyed hashes of the normalized phone and e-mail, matched against the suppression list without the identifiers.
ALTER TABLE contacts ADD COLUMN phone_hmac TEXT NULL;
ALTER TABLE contacts ADD COLUMN email_hmac TEXT NULL;

-- A sending window the person chose when consenting (R24), chained when present.
ALTER TABLE ledger_events ADD COLUMN send_window TEXT NULL;

ALTER TABLE consent_state ADD COLUMN parental INTEGER NOT NULL DEFAULT 0;
ALTER TABLE consent_state ADD COLUMN from_data_subject INTEGER NOT NULL DEFAULT 1;
ALTER TABLE consent_state ADD COLUMN send_window TEXT NULL;

-- Suppression (R12, R13): only the keyed hash of an identifier, its scope (an organisation or 'global') and why.
-- Kept after erasure so that the person is never contacted again.
CREATE TABLE suppressions (
    scope           TEXT NOT NULL,
    identifier_hmac TEXT NOT NULL,
    kind            TEXT NOT NULL,
    reason          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (scope, identifier_hmac)
) WITHOUT ROWID;

-- Sends reserved through the gate, counted by the frequency caps (R25).
CREATE TABLE sends (
    seq        INTEGER PRIMARY KEY,
    org_id     TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    channel    TEXT NOT NULL,
    sent_at    INTEGER NOT NULL,
    message_id TEXT NULL
);
CREATE INDEX ix_sends_contact ON sends (org_id, contact_id, channel, sent_at);
