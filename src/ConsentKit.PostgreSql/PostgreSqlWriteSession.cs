using ConsentKit.Storage;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using static ConsentKit.Storage.StoreColumns;

namespace ConsentKit.PostgreSql;

/// <summary>
/// One write transaction (READ COMMITTED). Instead of a lock on the whole store, it takes transaction-scoped advisory
/// locks, released at commit or rollback, always in one order so that two sessions never wait on each other in a cycle:
/// an organisation's own key first, then its parents' up to the root, then "global"; a contact's key last.
/// <list type="bullet">
/// <item>appending to an organisation's chain takes that organisation's key exclusively, so one chain has one writer;</item>
/// <item>adding or removing a suppression takes its scope's key exclusively;</item>
/// <item>a gate reservation takes its organisation's and its scopes' keys shared and its contact's key exclusively: reservations
/// for different contacts run together, while a withdrawal or suppression waits for them and holds off new ones until it commits.</item>
/// </list>
/// </summary>
internal sealed class PostgreSqlWriteSession(NpgsqlConnection connection, NpgsqlTransaction transaction) : IStoreWriteSession
{
    private readonly Dictionary<string, bool> _held = new(StringComparer.Ordinal);
    private bool _committed;

    private async Task LockAsync(string key, bool shared)
    {
        // A key held exclusively covers any request, a key held shared covers a shared one.
        if (_held.TryGetValue(key, out var exclusive) && (exclusive || shared))
        {
            return;
        }

        _held[key] = !shared;
        await connection.ExecuteAsync(
            shared ? "SELECT pg_advisory_xact_lock_shared(hashtextextended(@key, 0))" : "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))",
            new { key }, transaction).ConfigureAwait(false);
    }

    private static string OrgKey(string orgId) => "consentkit:org:" + orgId;

    public Task SetMetaAsync(string key, string value) =>
        connection.ExecuteAsync("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value }, transaction);

    public async Task<bool> OrganisationExistsAsync(string orgId) =>
        await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = @orgId)", new { orgId }, transaction).ConfigureAwait(false);

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

    // Reading the head starts an append: the chain's key is taken first, so the head read is the head the append extends.
    public async Task<ChainHead?> GetHeadAsync(string orgId)
    {
        await LockAsync(OrgKey(orgId), shared: false).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<ChainHead>(
            "SELECT org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, hash AS Hash FROM chain_heads WHERE org_id = @orgId",
            new { orgId }, transaction).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys) =>
        (await connection.QueryAsync<EventRow>(
            $"SELECT {EventColumns} FROM ledger_events WHERE org_id = @orgId AND idempotency_key = ANY(@keys)",
            new { orgId, keys = keys.ToArray() }, transaction).ConfigureAwait(false)).AsList();

    public async Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds) =>
        (await connection.QueryAsync<ContactRow>(
            "SELECT contact_id AS ContactId, birth_date AS BirthDate, personal_hmac AS PersonalHmac FROM contacts WHERE org_id = @orgId AND contact_id = ANY(@ids)",
            new { orgId, ids = contactIds.ToArray() }, transaction).ConfigureAwait(false)).AsList();

    public async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys) =>
        (await connection.QueryAsync<StateRow>(
            $"""
            SELECT {StateColumns} FROM consent_state
            WHERE (org_id, contact_id, purpose, channel) IN (SELECT @orgId, k.c, k.p, k.ch FROM unnest(@c, @p, @ch) AS k(c, p, ch))
            """,
            new
            {
                orgId,
                c = keys.Select(k => k.ContactId).ToArray(),
                p = keys.Select(k => k.Purpose).ToArray(),
                ch = keys.Select(k => k.Channel).ToArray(),
            }, transaction).ConfigureAwait(false)).AsList();

    // Any number of rows in one statement: each column travels as one array parameter. When one batch names a contact twice,
    // its last version wins, as successive upserts would give.
    public Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows) => rows.Count == 0 ? Task.CompletedTask :
        ExecuteArraysAsync(
            """
            INSERT INTO contacts (org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                                  updated_at, time_zone, zones, phone_hmac, email_hmac, attributes)
            SELECT DISTINCT ON (contact_id) org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date,
                   personal_hmac, updated_at, time_zone, zones, phone_hmac, email_hmac, attributes
            FROM unnest(@o, @c, @fn, @ln, @ph, @em, @la, @pc, @bd, @hm, @up, @tz, @zo, @phh, @emh, @at) WITH ORDINALITY
                 AS t(org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                      updated_at, time_zone, zones, phone_hmac, email_hmac, attributes, n)
            ORDER BY contact_id, n DESC
            ON CONFLICT (org_id, contact_id) DO UPDATE SET
                first_name = excluded.first_name, last_name = excluded.last_name, phone = excluded.phone, email = excluded.email,
                language = excluded.language, postal_code = excluded.postal_code, birth_date = excluded.birth_date,
                personal_hmac = excluded.personal_hmac, updated_at = excluded.updated_at, time_zone = excluded.time_zone,
                zones = excluded.zones, phone_hmac = excluded.phone_hmac, email_hmac = excluded.email_hmac,
                attributes = excluded.attributes, erased_at = NULL
            """,
            Text("o", rows, r => r.OrgId), Text("c", rows, r => r.ContactId), Text("fn", rows, r => r.FirstName), Text("ln", rows, r => r.LastName),
            Text("ph", rows, r => r.Phone), Text("em", rows, r => r.Email), Text("la", rows, r => r.Language), Text("pc", rows, r => r.PostalCode),
            Text("bd", rows, r => r.BirthDate), Text("hm", rows, r => r.PersonalHmac), Bigint("up", rows, r => r.UpdatedAt),
            Text("tz", rows, r => r.TimeZone), Text("zo", rows, r => r.Zones), Text("phh", rows, r => r.PhoneHmac), Text("emh", rows, r => r.EmailHmac),
            Text("at", rows, r => r.Attributes));

    public async Task AppendAsync(IReadOnlyList<EventRow> events, ChainHead head)
    {
        await CopyEventsAsync(events).ConfigureAwait(false);
        var states = events.Where(e => e.Purpose is not null).ToList();
        if (states.Count > 0)
        {
            // The latest event by (occurred_at, chain_seq) sets the state, within the batch and against the stored state.
            await ExecuteArraysAsync(
                """
                INSERT INTO consent_state (org_id, contact_id, purpose, channel, status, basis, since, expires_at, event_id, chain_seq,
                                           parental, from_data_subject, send_window)
                SELECT DISTINCT ON (contact_id, purpose, channel) org_id, contact_id, purpose, channel,
                       CASE kind WHEN 'withdrawn' THEN 'withdrawn' ELSE 'granted' END, basis, occurred_at, expires_at, event_id, chain_seq,
                       kind = 'parental_granted', from_data_subject, send_window
                FROM unnest(@o, @c, @p, @ch, @k, @b, @at, @ex, @ev, @cs, @fd, @sw)
                     AS t(org_id, contact_id, purpose, channel, kind, basis, occurred_at, expires_at, event_id, chain_seq, from_data_subject, send_window)
                ORDER BY contact_id, purpose, channel, occurred_at DESC, chain_seq DESC
                ON CONFLICT (org_id, contact_id, purpose, channel) DO UPDATE SET
                    status = excluded.status, basis = excluded.basis, since = excluded.since,
                    expires_at = excluded.expires_at, event_id = excluded.event_id, chain_seq = excluded.chain_seq,
                    parental = excluded.parental, from_data_subject = excluded.from_data_subject, send_window = excluded.send_window
                WHERE excluded.since > consent_state.since
                   OR (excluded.since = consent_state.since AND excluded.chain_seq > consent_state.chain_seq)
                """,
                Text("o", states, e => e.OrgId), Text("c", states, e => e.ContactId), Text("p", states, e => e.Purpose), Text("ch", states, e => e.Channel),
                Text("k", states, e => e.Kind), Text("b", states, e => e.Basis), Bigint("at", states, e => e.OccurredAt),
                NullableBigint("ex", states, e => e.ExpiresAt), Text("ev", states, e => e.EventId), Bigint("cs", states, e => e.ChainSeq),
                new NpgsqlParameter<bool[]>("fd", states.Select(e => e.FromDataSubject).ToArray()), Text("sw", states, e => e.SendWindow)).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO chain_heads (org_id, chain_seq, event_id, hash) VALUES (@OrgId, @ChainSeq, @EventId, @Hash)
            ON CONFLICT (org_id) DO UPDATE SET chain_seq = excluded.chain_seq, event_id = excluded.event_id, hash = excluded.hash
            """, head, transaction).ConfigureAwait(false);
    }

    // Events go in through binary COPY: a million-event import streams without one statement per row (docs/performance.md).
    private async Task CopyEventsAsync(IReadOnlyList<EventRow> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY ledger_events (org_id, chain_seq, event_id, prev_event_id, prev_hash, hash, kind, contact_id, purpose, channel, basis,
                occurred_at, recorded_at, expires_at, source, notice_id, notice_version, notice_language, notice_sha256, from_data_subject,
                third_party, third_party_country, jurisdiction, idempotency_key, personal_hmac, contact_hmac, send_window, source_detail,
                affirmative_act, evidence_ref, collected_by, guardian) FROM STDIN (FORMAT BINARY)
            """).ConfigureAwait(false);
        foreach (var e in events)
        {
            await copy.StartRowAsync().ConfigureAwait(false);
            await copy.WriteAsync(e.OrgId, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(e.ChainSeq, NpgsqlDbType.Bigint).ConfigureAwait(false);
            await copy.WriteAsync(e.EventId, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, e.PrevEventId).ConfigureAwait(false);
            await copy.WriteAsync(e.PrevHash, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(e.Hash, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(e.Kind, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(e.ContactId, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, e.Purpose).ConfigureAwait(false);
            await WriteAsync(copy, e.Channel).ConfigureAwait(false);
            await WriteAsync(copy, e.Basis).ConfigureAwait(false);
            await copy.WriteAsync(e.OccurredAt, NpgsqlDbType.Bigint).ConfigureAwait(false);
            await copy.WriteAsync(e.RecordedAt, NpgsqlDbType.Bigint).ConfigureAwait(false);
            await WriteAsync(copy, e.ExpiresAt).ConfigureAwait(false);
            await WriteAsync(copy, e.Source).ConfigureAwait(false);
            await WriteAsync(copy, e.NoticeId).ConfigureAwait(false);
            await WriteAsync(copy, e.NoticeVersion).ConfigureAwait(false);
            await WriteAsync(copy, e.NoticeLanguage).ConfigureAwait(false);
            await WriteAsync(copy, e.NoticeSha256).ConfigureAwait(false);
            await copy.WriteAsync(e.FromDataSubject, NpgsqlDbType.Boolean).ConfigureAwait(false);
            await WriteAsync(copy, e.ThirdParty).ConfigureAwait(false);
            await WriteAsync(copy, e.ThirdPartyCountry).ConfigureAwait(false);
            await copy.WriteAsync(e.Jurisdiction, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, e.IdempotencyKey).ConfigureAwait(false);
            await copy.WriteAsync(e.PersonalHmac, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, e.ContactHmac).ConfigureAwait(false);
            await WriteAsync(copy, e.SendWindow).ConfigureAwait(false);
            await WriteAsync(copy, e.SourceDetail).ConfigureAwait(false);
            await WriteAsync(copy, e.AffirmativeAct).ConfigureAwait(false);
            await WriteAsync(copy, e.EvidenceRef).ConfigureAwait(false);
            await WriteAsync(copy, e.CollectedBy).ConfigureAwait(false);
            await WriteAsync(copy, e.Guardian).ConfigureAwait(false);
        }

        await copy.CompleteAsync().ConfigureAwait(false);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Text);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, long? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value.Value, NpgsqlDbType.Bigint);

    private static NpgsqlParameter Text<T>(string name, IReadOnlyList<T> rows, Func<T, string?> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(value).ToArray() };

    private static NpgsqlParameter Bigint<T>(string name, IReadOnlyList<T> rows, Func<T, long> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(value).ToArray() };

    private static NpgsqlParameter NullableBigint<T>(string name, IReadOnlyList<T> rows, Func<T, long?> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(value).ToArray() };

    private async Task ExecuteArraysAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContactRow>> GetContactsMissingDerivedAsync(int limit) =>
        (await connection.QueryAsync<ContactRow>(
            $"""
            SELECT {ContactColumns} FROM contacts
            WHERE (phone IS NOT NULL AND phone_hmac IS NULL) OR (email IS NOT NULL AND email_hmac IS NULL) OR (phone IS NOT NULL AND zones IS NULL)
            LIMIT @limit
            """, new { limit }, transaction).ConfigureAwait(false)).AsList();

    public Task UpdateDerivedAsync(IReadOnlyList<ContactRow> rows) =>
        connection.ExecuteAsync(
            "UPDATE contacts SET zones = @Zones, phone_hmac = @PhoneHmac, email_hmac = @EmailHmac WHERE org_id = @OrgId AND contact_id = @ContactId",
            rows, transaction);

    public async Task AddSuppressionAsync(SuppressionRow row)
    {
        await LockAsync(OrgKey(row.Scope), shared: false).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO suppressions (scope, identifier_hmac, kind, reason, created_at) VALUES (@Scope, @IdentifierHmac, @Kind, @Reason, @CreatedAt) ON CONFLICT DO NOTHING",
            row, transaction).ConfigureAwait(false);
    }

    public async Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason)
    {
        await LockAsync(OrgKey(scope), shared: false).ConfigureAwait(false);
        return await connection.ExecuteAsync(
            "DELETE FROM suppressions WHERE scope = @scope AND identifier_hmac = @identifierHmac AND reason = @reason",
            new { scope, identifierHmac, reason }, transaction).ConfigureAwait(false);
    }

    public async Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes)
    {
        // Scopes are "global", the organisation, then its parents up to the root: taken as the organisation, parents, global.
        await LockAsync(OrgKey(orgId), shared: true).ConfigureAwait(false);
        foreach (var scope in scopes.Where(s => s != "global" && s != orgId).Append("global"))
        {
            await LockAsync(OrgKey(scope), shared: true).ConfigureAwait(false);
        }

        await LockAsync("consentkit:contact:" + orgId + ":" + contactId, shared: false).ConfigureAwait(false);
    }

    public Task InsertSendAsync(SendRow row) =>
        connection.ExecuteAsync(
            "INSERT INTO sends (org_id, contact_id, purpose, channel, sent_at, message_id) VALUES (@OrgId, @ContactId, @Purpose, @Channel, @SentAt, @MessageId)",
            row, transaction);

    public Task InsertTargetingEntryAsync(TargetingRegisterRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO targeting_register (entry_id, org_id, recorded_at, requested_by, purpose, rules, segment, segment_sha256,
                                            sources, audience, allowed, violations)
            VALUES (@EntryId, @OrgId, @RecordedAt, @RequestedBy, @Purpose, @Rules, @Segment, @SegmentSha256,
                    @Sources, @Audience, @Allowed, @Violations)
            """, row, transaction);

    public async Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds) =>
        (await connection.QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND message_id = ANY(@ids)",
            new { orgId, ids = messageIds.ToArray() }, transaction).ConfigureAwait(false)).AsList();

    public async Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY send_records (org_id, message_id, contact_id, channel, purpose, campaign, sent_at, recorded_at, register_entry,
                               consent_event_id, gate_allowed, facts, record_sha256, body) FROM STDIN (FORMAT BINARY)
            """).ConfigureAwait(false);
        foreach (var r in rows)
        {
            await copy.StartRowAsync().ConfigureAwait(false);
            await copy.WriteAsync(r.OrgId, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(r.MessageId, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(r.ContactId, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(r.Channel, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(r.Purpose, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, r.Campaign).ConfigureAwait(false);
            await copy.WriteAsync(r.SentAt, NpgsqlDbType.Bigint).ConfigureAwait(false);
            await copy.WriteAsync(r.RecordedAt, NpgsqlDbType.Bigint).ConfigureAwait(false);
            await WriteAsync(copy, r.RegisterEntry).ConfigureAwait(false);
            await WriteAsync(copy, r.ConsentEventId).ConfigureAwait(false);
            await copy.WriteAsync(r.GateAllowed, NpgsqlDbType.Boolean).ConfigureAwait(false);
            await copy.WriteAsync(r.Facts, NpgsqlDbType.Text).ConfigureAwait(false);
            await copy.WriteAsync(r.RecordSha256, NpgsqlDbType.Text).ConfigureAwait(false);
            await WriteAsync(copy, r.Body).ConfigureAwait(false);
        }

        await copy.CompleteAsync().ConfigureAwait(false);
    }

    public Task InsertExplanationLinkAsync(ExplanationLinkRow row) =>
        connection.ExecuteAsync(
            "INSERT INTO explanation_links (code_sha256, org_id, message_id, created_at, expires_at) VALUES (@CodeSha256, @OrgId, @MessageId, @CreatedAt, @ExpiresAt)",
            row, transaction);

    public Task<RequestRow?> GetRequestAsync(string requestId) =>
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
        var contacts = kept is null
            ? await connection.ExecuteAsync("DELETE FROM contacts WHERE org_id = @orgId AND contact_id = @contactId", p, transaction).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE contacts SET first_name = @FirstName, last_name = @LastName, phone = NULL, email = NULL, language = NULL,
                                    postal_code = @PostalCode, birth_date = NULL, time_zone = NULL, zones = NULL, phone_hmac = NULL,
                                    email_hmac = NULL, attributes = @Attributes, erased_at = @ErasedAt
                WHERE org_id = @OrgId AND contact_id = @ContactId
                """, new { kept.FirstName, kept.LastName, kept.PostalCode, kept.Attributes, ErasedAt = atTicks, OrgId = orgId, ContactId = contactId }, transaction).ConfigureAwait(false);
        var links = await connection.ExecuteAsync(
            "DELETE FROM explanation_links WHERE org_id = @orgId AND message_id IN (SELECT message_id FROM send_records WHERE org_id = @orgId AND contact_id = @contactId)",
            p, transaction).ConfigureAwait(false);
        var bodies = await connection.ExecuteAsync(
            "UPDATE send_records SET body = NULL WHERE org_id = @orgId AND contact_id = @contactId AND body IS NOT NULL", p, transaction).ConfigureAwait(false);
        return new ErasureCounts(events, contacts, bodies, links);
    }

    public Task InsertErasureAsync(ErasureRow row) =>
        connection.ExecuteAsync(
            "INSERT INTO erasures (erasure_id, org_id, contact_id, erased_at, requested_by, counts, kept) VALUES (@ErasureId, @OrgId, @ContactId, @ErasedAt, @RequestedBy, @Counts, @Kept)",
            row, transaction);

    public Task<int> DeleteSendRecordsBeforeAsync(string orgId, long beforeTicks) =>
        connection.ExecuteAsync("DELETE FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks }, transaction);

    public Task<IncidentRow?> GetIncidentAsync(string incidentId) =>
        connection.QueryFirstOrDefaultAsync<IncidentRow>($"SELECT {IncidentColumns} FROM incidents WHERE incident_id = @incidentId", new { incidentId }, transaction);

    public Task UpsertIncidentAsync(IncidentRow row) =>
        connection.ExecuteAsync(
            """
            INSERT INTO incidents (incident_id, org_id, recorded_at, kind, occurred_from, occurred_to, aware_at, circumstances, categories, persons,
                                   sensitivity, likelihood, serious_injury, authority_notified_at, persons_notified_at, public_notified_at, mitigation, keep_until)
            VALUES (@IncidentId, @OrgId, @RecordedAt, @Kind, @OccurredFrom, @OccurredTo, @AwareAt, @Circumstances, @Categories, @Persons,
                    @Sensitivity, @Likelihood, @SeriousInjury, @AuthorityNotifiedAt, @PersonsNotifiedAt, @PublicNotifiedAt, @Mitigation, @KeepUntil)
            ON CONFLICT (incident_id) DO UPDATE SET authority_notified_at = excluded.authority_notified_at,
                persons_notified_at = excluded.persons_notified_at, public_notified_at = excluded.public_notified_at, mitigation = excluded.mitigation
            """, row, transaction);

    public Task<int> DeleteIncidentsKeptUntilAsync(string orgId, long beforeTicks) =>
        connection.ExecuteAsync("DELETE FROM incidents WHERE org_id = @orgId AND keep_until < @beforeTicks", new { orgId, beforeTicks }, transaction);

    public Task<int> RevokeExplanationLinkAsync(string codeSha256, long atTicks) =>
        connection.ExecuteAsync("UPDATE explanation_links SET revoked_at = @atTicks WHERE code_sha256 = @codeSha256 AND revoked_at IS NULL", new { codeSha256, atTicks }, transaction);

    public async Task CommitAsync()
    {
        await transaction.CommitAsync().ConfigureAwait(false);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
        }

        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
