-- ConsentKit schema version 13 on PostgreSQL (the SQLite store's 013): the audit trail of the privacy officer's actions (R61; issue 20). Every export of a
-- person's data (inside a request or not), erasure, purge, change to a request or an incident and designation of the
-- person in charge writes one row, with who did it, in the transaction that does it. Ids and counts only: the subject is
-- a contact, request or incident id, never a phone, an address or a name.

CREATE TABLE dpo_audit (
    id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    org_id     TEXT COLLATE "C" NOT NULL,
    at         BIGINT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NULL,
    actor      TEXT NOT NULL
);

CREATE INDEX ix_dpo_audit_time ON dpo_audit (org_id, at, id);
