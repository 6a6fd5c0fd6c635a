-- ConsentKit schema version 8: citizen reports of messages (R49) join the requests register with what they point to.

-- The message reported (its message id, resolved from an explanation code or given by the sending tool); no personal data.
ALTER TABLE requests ADD COLUMN reference TEXT NULL;
