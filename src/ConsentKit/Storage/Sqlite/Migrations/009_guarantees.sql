-- ConsentKit schema version 9: the guarantees of issue 16. (The opt-out journal is a file of its own beside the store:
-- SQLite has one writer per file, and a STOP must not wait for a bulk import's transaction.)

CREATE INDEX ix_contacts_phone_hmac ON contacts (org_id, phone_hmac) WHERE phone_hmac IS NOT NULL;
CREATE INDEX ix_contacts_email_hmac ON contacts (org_id, email_hmac) WHERE email_hmac IS NOT NULL;
