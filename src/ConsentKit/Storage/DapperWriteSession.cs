using System.Data.Common;
using Dapper;
using static ConsentKit.Storage.StoreColumns;

namespace ConsentKit.Storage;

/// <summary>
/// One write transaction, with every statement both providers write alike in Dapper's plain SQL. A provider derives from
/// it and writes only what its dialect does differently: lists of ids (json_each or arrays), bulk writes (SQLite's own
/// API or binary COPY), and how concurrent writers are kept apart.
/// </summary>
internal abstract class DapperWriteSession(DbConnection connection, DbTransaction transaction, RowSeals? seals) : IStoreWriteSession
{
    private bool _committed;
    private bool _disposed;

    /// <summary>The keyed row hashes; set once the store's key is known (migrations run before it).</summary>
    protected RowSeals Seals => seals ?? throw new InvalidOperationException("The store's key is not loaded: open the store through ConsentKitRuntime.");

    /// <summary>
    /// Moves a keyed row count by <paramref name="delta"/> and returns the new count: a deleted row of a sealed table shows
    /// as a count its rows no longer reach, and an append-only row takes the new count as its number.
    /// </summary>
    protected async Task<long> CountAsync(string name, long delta)
    {
        var count = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO row_counts (name, row_count, row_mac) VALUES (@name, @delta, '')
            ON CONFLICT (name) DO UPDATE SET row_count = row_counts.row_count + @delta
            RETURNING row_count
            """, new { name, delta }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE row_counts SET row_mac = @mac WHERE name = @name", new { name, mac = Seals.Count(name, count) }, transaction).ConfigureAwait(false);
        return count;
    }

    protected DbConnection Connection => connection;

    protected DbTransaction Transaction => transaction;

    public Task SetMetaAsync(string key, string value) =>
        connection.ExecuteAsync("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value }, transaction);

    public Task DeleteMetaAsync(string key) =>
        connection.ExecuteAsync("DELETE FROM meta WHERE key = @key", new { key }, transaction);

    public async Task<bool> OrganisationExistsAsync(string orgId) =>
        await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM organisations WHERE id = @orgId", new { orgId }, transaction).ConfigureAwait(false) > 0;

    public Task UpsertOrganisationAsync(OrganisationRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO organisations (id, name, parent_id, created_at) VALUES (@Id, @Name, @ParentId, @CreatedAt)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id
            """, row, transaction);

    public Task UpsertSharingAsync(SharingRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO organisation_sharing (from_org, to_org, purposes, declared_at) VALUES (@FromOrg, @ToOrg, @Purposes, @DeclaredAt)
            ON CONFLICT (from_org, to_org) DO UPDATE SET purposes = excluded.purposes, declared_at = excluded.declared_at
            """, row, transaction);

    public async Task ReplacePurposesAsync(IEnumerable<(string Name, string Lifetime, string Bases, string Source)> purposes)
    {
        await connection.ExecuteAsync("DELETE FROM purposes", transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO purposes (name, lifetime, bases, source) VALUES (@Name, @Lifetime, @Bases, @Source)",
            purposes.Select(p => new { p.Name, p.Lifetime, p.Bases, p.Source }), transaction).ConfigureAwait(false);
    }

    public virtual Task<ChainHead?> GetHeadAsync(string orgId) =>
        connection.QuerySingleOrDefaultAsync<ChainHead>(StoreSql.ChainHead, new { orgId }, transaction);

    public abstract Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys);

    public abstract Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds);

    /// <summary>How lists of ids are bound in this provider's SQL.</summary>
    protected abstract ISegmentDialect Dialect { get; }

    public async Task<IReadOnlyList<ContactRow>> GetFullContactsAsync(string orgId, IReadOnlyCollection<string> contactIds) =>
        (await connection.QueryAsync<ContactRow>(
            $"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND {Dialect.OneOf("contact_id", "ids")}",
            new { orgId, ids = Dialect.TextList(contactIds) }, transaction).ConfigureAwait(false)).AsList();

    public abstract Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys);

    public abstract Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows);

    /// <summary>Seals contact rows as an upsert writes them (erased_at cleared).</summary>
    protected IReadOnlyList<ContactRow> SealContacts(IReadOnlyList<ContactRow> rows)
    {
        foreach (var row in rows)
        {
            // The ledger writer seals each row as it compares it with the stored one; anything else is sealed here.
            row.ErasedAt = null;
            row.RowMac ??= Seals.Contact(row);
        }

        return rows;
    }

    /// <summary>The events that set a consent state, each with the keyed hash of the state it sets.</summary>
    protected List<EventRow> SealStates(IReadOnlyList<EventRow> events)
    {
        var states = new List<EventRow>(events.Count);
        foreach (var e in events)
        {
            if (e.Purpose is not null)
            {
                e.StateMac = Seals.State(e);
                states.Add(e);
            }
        }

        return states;
    }

    public async Task AppendAsync(IReadOnlyList<EventRow> events, ChainHead head)
    {
        await AppendEventsAsync(events, head).ConfigureAwait(false);
        // Every withdrawal is owed to the organisation's processors, in the transaction that records it (R12).
        var withdrawals = events.Where(e => e.Kind == "withdrawn").Select(e => Propagation.Outbox.Withdrawal(e)).ToList();
        if (withdrawals.Count > 0)
        {
            await EnqueueAsync(withdrawals).ConfigureAwait(false);
        }
    }

    /// <summary>Appends the events, their consent states and the chain head: the provider's bulk write.</summary>
    protected abstract Task AppendEventsAsync(IReadOnlyList<EventRow> events, ChainHead head);

    private Task<int> EnqueueAsync(IReadOnlyList<OutboxRow> rows) =>
        connection.ExecuteAsync(
            "INSERT INTO outbox (event_id, org_id, kind, payload, created_at) VALUES (@EventId, @OrgId, @Kind, @Payload, @CreatedAt)",
            rows, transaction);

    public Task UpsertProcessorAsync(ProcessorRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO processors (org_id, processor_id, name, url, secret, registered_at, cursor_seq, attempts, next_attempt_at, last_error, last_delivered_at)
            VALUES (@OrgId, @ProcessorId, @Name, @Url, @Secret, @RegisteredAt, @CursorSeq, @Attempts, @NextAttemptAt, @LastError, @LastDeliveredAt)
            ON CONFLICT (org_id, processor_id) DO UPDATE SET name = excluded.name, url = excluded.url, secret = excluded.secret
            """, row, transaction);

    public Task AppendDpoAuditAsync(DpoAuditRow row) =>
        connection.ExecuteAsync(
            "INSERT INTO dpo_audit (id, org_id, at, action, subject, actor) VALUES (@Id, @OrgId, @At, @Action, @Subject, @Actor)", row, transaction);

    public Task<int> DeleteProcessorAsync(string orgId, string processorId) =>
        connection.ExecuteAsync("DELETE FROM processors WHERE org_id = @orgId AND processor_id = @processorId", new { orgId, processorId }, transaction);

    public async Task<bool> RecordDeliveryAsync(string orgId, string processorId, long expectedCursor, long newCursor, int attempts, long nextAttemptAt, string? lastError, long? deliveredAt) =>
        // Guarded by the cursor read before the attempt: two dispatchers never both move it (the second changes nothing).
        await connection.ExecuteAsync(
            """
            UPDATE processors SET cursor_seq = @newCursor, attempts = @attempts, next_attempt_at = @nextAttemptAt, last_error = @lastError,
                   last_delivered_at = COALESCE(@deliveredAt, last_delivered_at)
            WHERE org_id = @orgId AND processor_id = @processorId AND cursor_seq = @expectedCursor
            """, new { orgId, processorId, expectedCursor, newCursor, attempts, nextAttemptAt, lastError, deliveredAt }, transaction).ConfigureAwait(false) > 0;

    /// <summary>Moves the chain head after an append, in the session's transaction.</summary>
    protected Task MoveHeadAsync(ChainHead head)
    {
        head.RowMac = Seals.Head(head);
        return connection.ExecuteAsync(
            """
            INSERT INTO chain_heads (org_id, chain_seq, event_id, hash, row_mac) VALUES (@OrgId, @ChainSeq, @EventId, @Hash, @RowMac)
            ON CONFLICT (org_id) DO UPDATE SET chain_seq = excluded.chain_seq, event_id = excluded.event_id, hash = excluded.hash, row_mac = excluded.row_mac
            """, head, transaction);
    }

    public async Task<IReadOnlyList<ContactRow>> GetContactsMissingDerivedAsync(int limit) =>
        (await connection.QueryAsync<ContactRow>(
            $"""
            SELECT {ContactColumns} FROM contacts
            WHERE (phone IS NOT NULL AND phone_hmac IS NULL) OR (email IS NOT NULL AND email_hmac IS NULL) OR (phone IS NOT NULL AND zones IS NULL)
            LIMIT @limit
            """, new { limit }, transaction).ConfigureAwait(false)).AsList();

    public Task UpdateDerivedAsync(IReadOnlyList<ContactRow> rows)
    {
        foreach (var row in rows)
        {
            row.RowMac = Seals.Contact(row);
        }

        return connection.ExecuteAsync(
            "UPDATE contacts SET zones = @Zones, phone_hmac = @PhoneHmac, email_hmac = @EmailHmac, row_mac = @RowMac WHERE org_id = @OrgId AND contact_id = @ContactId",
            (IEnumerable<ContactRow>)rows, transaction);
    }

    public virtual async Task AddSuppressionAsync(SuppressionRow row)
    {
        row.RowMac = Seals.Suppression(row);
        if (await connection.ExecuteAsync(
            "INSERT INTO suppressions (scope, identifier_hmac, kind, reason, created_at, row_mac) VALUES (@Scope, @IdentifierHmac, @Kind, @Reason, @CreatedAt, @RowMac) ON CONFLICT DO NOTHING",
            row, transaction).ConfigureAwait(false) > 0)
        {
            await CountAsync(RowSeals.CountName(RowSeals.Suppressions, row.Scope), 1).ConfigureAwait(false);
            await EnqueueAsync([Propagation.Outbox.Suppression(row)]).ConfigureAwait(false);
        }
    }

    public virtual async Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason)
    {
        var removed = await connection.ExecuteAsync(
            "DELETE FROM suppressions WHERE scope = @scope AND identifier_hmac = @identifierHmac AND reason = @reason",
            new { scope, identifierHmac, reason }, transaction).ConfigureAwait(false);
        if (removed > 0)
        {
            await CountAsync(RowSeals.CountName(RowSeals.Suppressions, scope), -removed).ConfigureAwait(false);
        }

        return removed;
    }

    public abstract Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes);

    public async Task InsertSendAsync(SendRow row)
    {
        row.RowNo = await CountAsync(RowSeals.CountName(RowSeals.Sends, row.OrgId), 1).ConfigureAwait(false);
        row.RowMac = Seals.Send(row);
        await connection.ExecuteAsync(
            "INSERT INTO sends (org_id, contact_id, purpose, channel, sent_at, message_id, row_no, row_mac) VALUES (@OrgId, @ContactId, @Purpose, @Channel, @SentAt, @MessageId, @RowNo, @RowMac)",
            row, transaction).ConfigureAwait(false);
    }

    public Task InsertTargetingEntryAsync(TargetingRegisterRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO targeting_register (entry_id, org_id, recorded_at, requested_by, purpose, rules, segment, segment_sha256,
                                            sources, audience, allowed, violations)
            VALUES (@EntryId, @OrgId, @RecordedAt, @RequestedBy, @Purpose, @Rules, @Segment, @SegmentSha256,
                    @Sources, @Audience, @Allowed, @Violations)
            """, row, transaction);

    public abstract Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds);

    public abstract Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows);

    public Task InsertExplanationLinkAsync(ExplanationLinkRow row) =>
        connection.ExecuteAsync(
            "INSERT INTO explanation_links (code_sha256, org_id, message_id, created_at, expires_at) VALUES (@CodeSha256, @OrgId, @MessageId, @CreatedAt, @ExpiresAt)",
            row, transaction);

    public virtual Task<RequestRow?> GetRequestAsync(string requestId) =>
        connection.QueryFirstOrDefaultAsync<RequestRow>($"SELECT {RequestColumns} FROM requests WHERE request_id = @requestId", new { requestId }, transaction);

    public Task UpsertRequestAsync(RequestRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO requests (request_id, org_id, kind, contact_id, received_at, received_via, identity, status, extension,
                                  extension_reason, due_date, due_at, history, reference)
            VALUES (@RequestId, @OrgId, @Kind, @ContactId, @ReceivedAt, @ReceivedVia, @Identity, @Status, @Extension,
                    @ExtensionReason, @DueDate, @DueAt, @History, @Reference)
            ON CONFLICT (request_id) DO UPDATE SET contact_id = excluded.contact_id, identity = excluded.identity, status = excluded.status,
                extension = excluded.extension, extension_reason = excluded.extension_reason, due_date = excluded.due_date,
                due_at = excluded.due_at, history = excluded.history
            """, row, transaction);

    public async Task<ErasureCounts> EraseContactAsync(string orgId, string contactId, ContactRow? kept, long atTicks)
    {
        var p = new { orgId, contactId, atTicks };
        var events = await connection.ExecuteAsync(
            """
            UPDATE ledger_events SET source_detail = NULL, affirmative_act = NULL, evidence_ref = NULL, collected_by = NULL, guardian = NULL,
                                     erased_at = @atTicks
            WHERE org_id = @orgId AND contact_id = @contactId AND erased_at IS NULL
            """, p, transaction).ConfigureAwait(false);
        // What stays of a contact kept under a retention duty is sealed like any contact row, over its remaining fields.
        var personalHmac = kept is null ? null : await connection.ExecuteScalarAsync<string?>(
            "SELECT personal_hmac FROM contacts WHERE org_id = @orgId AND contact_id = @contactId", p, transaction).ConfigureAwait(false);
        var contacts = kept is null
            ? await connection.ExecuteAsync("DELETE FROM contacts WHERE org_id = @orgId AND contact_id = @contactId", p, transaction).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE contacts SET first_name = @FirstName, last_name = @LastName, phone = NULL, email = NULL, language = NULL,
                                    postal_code = @PostalCode, birth_date = NULL, time_zone = NULL, zones = NULL, phone_hmac = NULL,
                                    email_hmac = NULL, attributes = @Attributes, erased_at = @ErasedAt, row_mac = @RowMac
                WHERE org_id = @OrgId AND contact_id = @ContactId
                """, new
                {
                    kept.FirstName, kept.LastName, kept.PostalCode, kept.Attributes, ErasedAt = atTicks, OrgId = orgId, ContactId = contactId,
                    RowMac = Seals.Contact(orgId, contactId, personalHmac, null, null, null, null, null, kept.Attributes, atTicks),
                }, transaction).ConfigureAwait(false);
        var links = await connection.ExecuteAsync(
            "DELETE FROM explanation_links WHERE org_id = @orgId AND message_id IN (SELECT message_id FROM send_records WHERE org_id = @orgId AND contact_id = @contactId)",
            p, transaction).ConfigureAwait(false);
        var bodies = await connection.ExecuteAsync(
            "UPDATE send_records SET body = NULL WHERE org_id = @orgId AND contact_id = @contactId AND body IS NOT NULL", p, transaction).ConfigureAwait(false);
        return new ErasureCounts(events, contacts, bodies, links);
    }

    public async Task InsertErasureAsync(ErasureRow row)
    {
        row.RowNo = await CountAsync(RowSeals.CountName(RowSeals.Erasures, row.OrgId), 1).ConfigureAwait(false);
        row.RowMac = Seals.Erasure(row);
        await connection.ExecuteAsync(
            "INSERT INTO erasures (erasure_id, org_id, contact_id, erased_at, requested_by, counts, kept, row_no, row_mac) VALUES (@ErasureId, @OrgId, @ContactId, @ErasedAt, @RequestedBy, @Counts, @Kept, @RowNo, @RowMac)",
            row, transaction).ConfigureAwait(false);
        await EnqueueAsync([Propagation.Outbox.Erasure(row)]).ConfigureAwait(false);
    }

    /// <summary>
    /// Seals the rows written before schema 9, once (a store upgraded in place): every row of the sealed tables gets its
    /// keyed hash, the append-only ones their numbers in the order written, and each scope or organisation its count.
    /// </summary>
    public async Task SealExistingRowsAsync()
    {
        // Counted again from the rows themselves (an upgrade has none yet; a rotation re-seals a verified store).
        await connection.ExecuteAsync("DELETE FROM row_counts", transaction: transaction).ConfigureAwait(false);

        var contacts = (await connection.QueryAsync<ContactRow>($"SELECT {ContactColumns} FROM contacts", transaction: transaction).ConfigureAwait(false)).AsList();
        await connection.ExecuteAsync("UPDATE contacts SET row_mac = @RowMac WHERE org_id = @OrgId AND contact_id = @ContactId",
            contacts.Select(c => new { c.OrgId, c.ContactId, RowMac = Seals.Contact(c) }), transaction).ConfigureAwait(false);

        var heads = (await connection.QueryAsync<ChainHead>("SELECT org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, hash AS Hash FROM chain_heads", transaction: transaction).ConfigureAwait(false)).AsList();
        await connection.ExecuteAsync("UPDATE chain_heads SET row_mac = @RowMac WHERE org_id = @OrgId",
            heads.Select(h => new { h.OrgId, RowMac = Seals.Head(h) }), transaction).ConfigureAwait(false);

        var states = (await connection.QueryAsync<StateRow>($"SELECT {StateColumns} FROM consent_state", transaction: transaction).ConfigureAwait(false)).AsList();
        await connection.ExecuteAsync("UPDATE consent_state SET row_mac = @RowMac WHERE org_id = @OrgId AND contact_id = @ContactId AND purpose = @Purpose AND channel = @Channel",
            states.Select(s => new { s.OrgId, s.ContactId, s.Purpose, s.Channel, RowMac = Seals.State(s) }), transaction).ConfigureAwait(false);

        var suppressions = (await connection.QueryAsync<SuppressionRow>(
            "SELECT scope AS Scope, identifier_hmac AS IdentifierHmac, kind AS Kind, reason AS Reason, created_at AS CreatedAt FROM suppressions",
            transaction: transaction).ConfigureAwait(false)).AsList();
        await connection.ExecuteAsync("UPDATE suppressions SET row_mac = @RowMac WHERE scope = @Scope AND identifier_hmac = @IdentifierHmac",
            suppressions.Select(r => new { r.Scope, r.IdentifierHmac, RowMac = Seals.Suppression(r) }), transaction).ConfigureAwait(false);
        foreach (var scope in suppressions.GroupBy(r => r.Scope, StringComparer.Ordinal))
        {
            await CountAsync(RowSeals.CountName(RowSeals.Suppressions, scope.Key), scope.Count()).ConfigureAwait(false);
        }

        var sends = (await connection.QueryAsync<SendRow>(
            "SELECT seq AS Seq, org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, sent_at AS SentAt, message_id AS MessageId FROM sends ORDER BY seq", transaction: transaction).ConfigureAwait(false)).AsList();
        foreach (var org in sends.GroupBy(r => r.OrgId, StringComparer.Ordinal))
        {
            var rowNo = 0L;
            foreach (var send in org)
            {
                send.RowNo = ++rowNo;
                await connection.ExecuteAsync("UPDATE sends SET row_no = @RowNo, row_mac = @RowMac WHERE seq = @Seq", new { send.RowNo, RowMac = Seals.Send(send), send.Seq }, transaction).ConfigureAwait(false);
            }

            await CountAsync(RowSeals.CountName(RowSeals.Sends, org.Key), rowNo).ConfigureAwait(false);
        }

        var erasures = (await connection.QueryAsync<ErasureRow>(
            "SELECT erasure_id AS ErasureId, org_id AS OrgId, contact_id AS ContactId, erased_at AS ErasedAt, requested_by AS RequestedBy, counts AS Counts, kept AS Kept FROM erasures ORDER BY erased_at, erasure_id",
            transaction: transaction).ConfigureAwait(false)).AsList();
        foreach (var org in erasures.GroupBy(r => r.OrgId, StringComparer.Ordinal))
        {
            var rowNo = 0L;
            foreach (var erasure in org)
            {
                erasure.RowNo = ++rowNo;
                await connection.ExecuteAsync("UPDATE erasures SET row_no = @RowNo, row_mac = @RowMac WHERE erasure_id = @ErasureId",
                    new { erasure.RowNo, RowMac = Seals.Erasure(erasure), erasure.ErasureId }, transaction).ConfigureAwait(false);
            }

            await CountAsync(RowSeals.CountName(RowSeals.Erasures, org.Key), rowNo).ConfigureAwait(false);
        }

        await connection.ExecuteAsync("DELETE FROM meta WHERE key = 'rows_unsealed'", transaction: transaction).ConfigureAwait(false);
    }

    public Task<int> DeleteSendRecordsBeforeAsync(string orgId, long beforeTicks) =>
        connection.ExecuteAsync("DELETE FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks }, transaction);

    public virtual Task<IncidentRow?> GetIncidentAsync(string incidentId) =>
        connection.QueryFirstOrDefaultAsync<IncidentRow>($"SELECT {IncidentColumns} FROM incidents WHERE incident_id = @incidentId", new { incidentId }, transaction);

    public Task UpsertIncidentAsync(IncidentRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO incidents (incident_id, org_id, recorded_at, kind, occurred_from, occurred_to, aware_at, circumstances, categories, persons,
                                   sensitivity, likelihood, serious_injury, authority_notified_at, persons_notified_at, public_notified_at, mitigation, keep_until, recorded_by, platform_reports)
            VALUES (@IncidentId, @OrgId, @RecordedAt, @Kind, @OccurredFrom, @OccurredTo, @AwareAt, @Circumstances, @Categories, @Persons,
                    @Sensitivity, @Likelihood, @SeriousInjury, @AuthorityNotifiedAt, @PersonsNotifiedAt, @PublicNotifiedAt, @Mitigation, @KeepUntil, @RecordedBy, @PlatformReports)
            ON CONFLICT (incident_id) DO UPDATE SET authority_notified_at = excluded.authority_notified_at,
                persons_notified_at = excluded.persons_notified_at, public_notified_at = excluded.public_notified_at, mitigation = excluded.mitigation,
                platform_reports = excluded.platform_reports
            """, row, transaction);

    public Task<int> DeleteIncidentsKeptUntilAsync(string orgId, long beforeTicks) =>
        connection.ExecuteAsync("DELETE FROM incidents WHERE org_id = @orgId AND keep_until < @beforeTicks", new { orgId, beforeTicks }, transaction);

    public Task<int> RevokeExplanationLinkAsync(string codeSha256, long atTicks) =>
        connection.ExecuteAsync("UPDATE explanation_links SET revoked_at = @atTicks WHERE code_sha256 = @codeSha256 AND revoked_at IS NULL", new { codeSha256, atTicks }, transaction);

    public abstract Task ForgetOptOutsAsync(IReadOnlyList<string> entryIds);

    public async Task<IReadOnlyList<(string ContactId, string Purpose)>> GetSmsConsentsByPhoneHmacAsync(string orgId, string phoneHmac) =>
        [.. (await connection.QueryAsync<ContactPurposeRow>(
            """
            SELECT s.contact_id AS ContactId, s.purpose AS Purpose FROM contacts c
            JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id
            WHERE c.org_id = @orgId AND c.phone_hmac = @phoneHmac AND s.channel = 'sms' AND s.status IN ('granted', 'quarantined')
            ORDER BY s.contact_id, s.purpose
            """, new { orgId, phoneHmac }, transaction).ConfigureAwait(false)).Select(r => (r.ContactId, r.Purpose))];

    public virtual async Task CommitAsync()
    {
        await transaction.CommitAsync().ConfigureAwait(false);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_committed)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
        }

        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
