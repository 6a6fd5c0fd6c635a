namespace ConsentKit.Storage;

/// <summary>Statements in the SQL both providers speak alike, written once.</summary>
internal static class StoreSql
{
    /// <summary>Contacts due for erasure under retention (see <see cref="IConsentStore.GetRetentionCandidatesAsync"/>).</summary>
    public const string RetentionCandidates =
        """
        SELECT c.contact_id FROM contacts c
        WHERE c.org_id = @orgId AND c.erased_at IS NULL AND c.updated_at < @cutoffTicks
          AND NOT EXISTS (SELECT 1 FROM consent_state s WHERE s.org_id = c.org_id AND s.contact_id = c.contact_id
                          AND s.status = 'granted' AND (s.expires_at IS NULL OR s.expires_at > @nowTicks))
          AND NOT EXISTS (SELECT 1 FROM ledger_events e WHERE e.org_id = c.org_id AND e.contact_id = c.contact_id AND e.occurred_at >= @cutoffTicks)
          AND NOT EXISTS (SELECT 1 FROM send_records r WHERE r.org_id = c.org_id AND r.contact_id = c.contact_id AND r.sent_at >= @cutoffTicks)
          AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.org_id = c.org_id AND q.contact_id = c.contact_id AND q.status IN ('received', 'in_progress'))
        ORDER BY c.contact_id LIMIT @limit
        """;

    /// <summary>One ledger event, every column but the store-assigned sequence.</summary>
    public const string InsertEvent =
        """
        INSERT INTO ledger_events (org_id, chain_seq, event_id, prev_event_id, prev_hash, hash, kind, contact_id, purpose,
            channel, basis, occurred_at, recorded_at, expires_at, source, notice_id, notice_version, notice_language,
            notice_sha256, from_data_subject, third_party, third_party_country, jurisdiction, idempotency_key, personal_hmac, contact_hmac,
            send_window, source_detail, affirmative_act, evidence_ref, collected_by, guardian, actor, changed_fields, attestation)
        VALUES (@OrgId, @ChainSeq, @EventId, @PrevEventId, @PrevHash, @Hash, @Kind, @ContactId, @Purpose,
            @Channel, @Basis, @OccurredAt, @RecordedAt, @ExpiresAt, @Source, @NoticeId, @NoticeVersion, @NoticeLanguage,
            @NoticeSha256, @FromDataSubject, @ThirdParty, @ThirdPartyCountry, @Jurisdiction, @IdempotencyKey, @PersonalHmac, @ContactHmac,
            @SendWindow, @SourceDetail, @AffirmativeAct, @EvidenceRef, @CollectedBy, @Guardian, @Actor, @ChangedFields, @Attestation)
        """;

    /// <summary>An organisation's chain head.</summary>
    public const string ChainHead = "SELECT org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, hash AS Hash, row_mac AS RowMac FROM chain_heads WHERE org_id = @orgId";
}
