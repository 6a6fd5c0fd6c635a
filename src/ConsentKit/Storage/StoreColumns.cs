namespace ConsentKit.Storage;

/// <summary>
/// The column lists every provider selects, aliased to the row properties: the tables have the same columns on SQLite and
/// PostgreSQL, so one list serves both and a column added to a table is added here once.
/// </summary>
internal static class StoreColumns
{
    public const string EventColumns =
        """
        seq AS Seq, org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, prev_event_id AS PrevEventId,
        prev_hash AS PrevHash, hash AS Hash, kind AS Kind, contact_id AS ContactId, purpose AS Purpose, channel AS Channel,
        basis AS Basis, occurred_at AS OccurredAt, recorded_at AS RecordedAt, expires_at AS ExpiresAt, source AS Source,
        notice_id AS NoticeId, notice_version AS NoticeVersion, notice_language AS NoticeLanguage, notice_sha256 AS NoticeSha256,
        from_data_subject AS FromDataSubject, third_party AS ThirdParty, third_party_country AS ThirdPartyCountry,
        jurisdiction AS Jurisdiction, idempotency_key AS IdempotencyKey, personal_hmac AS PersonalHmac, contact_hmac AS ContactHmac, send_window AS SendWindow,
        source_detail AS SourceDetail, affirmative_act AS AffirmativeAct, evidence_ref AS EvidenceRef,
        collected_by AS CollectedBy, guardian AS Guardian, erased_at AS ErasedAt, actor AS Actor, changed_fields AS ChangedFields, attestation AS Attestation
        """;

    public const string ContactColumns =
        """
        org_id AS OrgId, contact_id AS ContactId, first_name AS FirstName, last_name AS LastName, phone AS Phone,
        email AS Email, language AS Language, postal_code AS PostalCode, birth_date AS BirthDate,
        personal_hmac AS PersonalHmac, updated_at AS UpdatedAt, time_zone AS TimeZone, zones AS Zones,
        phone_hmac AS PhoneHmac, email_hmac AS EmailHmac, attributes AS Attributes, erased_at AS ErasedAt, row_mac AS RowMac, country AS Country
        """;

    public const string StateColumns =
        """
        org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, status AS Status, basis AS Basis,
        since AS Since, expires_at AS ExpiresAt, event_id AS EventId, chain_seq AS ChainSeq, parental AS Parental,
        from_data_subject AS FromDataSubject, send_window AS SendWindow, row_mac AS RowMac
        """;

    public const string IncidentColumns =
        """
        incident_id AS IncidentId, org_id AS OrgId, recorded_at AS RecordedAt, kind AS Kind, occurred_from AS OccurredFrom, occurred_to AS OccurredTo,
        aware_at AS AwareAt, circumstances AS Circumstances, categories AS Categories, persons AS Persons, sensitivity AS Sensitivity,
        likelihood AS Likelihood, serious_injury AS SeriousInjury, authority_notified_at AS AuthorityNotifiedAt,
        persons_notified_at AS PersonsNotifiedAt, public_notified_at AS PublicNotifiedAt, mitigation AS Mitigation, keep_until AS KeepUntil,
        recorded_by AS RecordedBy, platform_reports AS PlatformReports
        """;

    public const string DpoAuditColumns = "id AS Id, org_id AS OrgId, at AS At, action AS Action, subject AS Subject, actor AS Actor";

    public const string ProcessorColumns =
        """
        org_id AS OrgId, processor_id AS ProcessorId, name AS Name, url AS Url, secret AS Secret, registered_at AS RegisteredAt,
        cursor_seq AS CursorSeq, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_error AS LastError,
        last_delivered_at AS LastDeliveredAt
        """;

    public const string OutboxColumns = "seq AS Seq, event_id AS EventId, org_id AS OrgId, kind AS Kind, payload AS Payload, created_at AS CreatedAt";

    public const string RequestColumns =
        """
        request_id AS RequestId, org_id AS OrgId, kind AS Kind, contact_id AS ContactId, received_at AS ReceivedAt,
        received_via AS ReceivedVia, identity AS Identity, status AS Status, extension AS Extension,
        extension_reason AS ExtensionReason, due_date AS DueDate, due_at AS DueAt, history AS History, reference AS Reference
        """;

    public const string RegisterColumns =
        """
        entry_id AS EntryId, org_id AS OrgId, recorded_at AS RecordedAt, requested_by AS RequestedBy, purpose AS Purpose,
        rules AS Rules, segment AS Segment, segment_sha256 AS SegmentSha256, sources AS Sources, audience AS Audience,
        allowed AS Allowed, violations AS Violations
        """;

    public const string SendRecordColumns =
        """
        org_id AS OrgId, message_id AS MessageId, contact_id AS ContactId, channel AS Channel, purpose AS Purpose, campaign AS Campaign,
        sent_at AS SentAt, recorded_at AS RecordedAt, register_entry AS RegisterEntry, consent_event_id AS ConsentEventId,
        gate_allowed AS GateAllowed, facts AS Facts, record_sha256 AS RecordSha256, body AS Body
        """;

    public const string LinkColumns =
        "code_sha256 AS CodeSha256, org_id AS OrgId, message_id AS MessageId, created_at AS CreatedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt";
}
