-- ConsentKit schema version 12: an incident's escalation to platforms (R64; issue 20): a fake account, a deepfake or a
-- disinformation campaign is reported to the platform that carries it, and the register keeps which and when.

ALTER TABLE incidents ADD COLUMN platform_reports TEXT NULL;
