-- ConsentKit schema version 11: provenance attestation of third-party grants (R8; issue 20). A grant from data that
-- did not come from the person records what its source attests (prospection announced, opt-out offered); without both,
-- the consent state is 'quarantined' and the gate blocks it. Events recorded before hold NULL and keep their state.

ALTER TABLE ledger_events ADD COLUMN attestation TEXT NULL;
