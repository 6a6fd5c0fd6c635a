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
internal sealed class PostgreSqlWriteSession : DapperWriteSession
{
    private readonly Dictionary<string, bool> _held = new(StringComparer.Ordinal);
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    public PostgreSqlWriteSession(NpgsqlConnection connection, NpgsqlTransaction transaction, RowSeals? seals)
        : base(connection, transaction, seals)
    {
        _connection = connection;
        _transaction = transaction;
    }

    private async Task LockAsync(string key, bool shared)
    {
        // A key held exclusively covers any request, a key held shared covers a shared one.
        if (_held.TryGetValue(key, out var exclusive) && (exclusive || shared))
        {
            return;
        }

        _held[key] = !shared;
        try
        {
            await _connection.ExecuteAsync(
                // Advisory locks are database-wide: the store's schema is part of the key, so stores in other schemas of the same
                // database (one per tenant) never wait on this one.
                shared
                    ? "SELECT pg_advisory_xact_lock_shared(hashtextextended(coalesce(current_schema(), '') || ':' || @key, 0))"
                    : "SELECT pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), '') || ':' || @key, 0))",
                new { key }, _transaction).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            // lock_timeout, set by a caller that agreed to wait only so long (an opt-out that can stay journaled).
            throw new StoreBusyException();
        }
    }

    protected override ISegmentDialect Dialect => PostgreSqlSegmentDialect.Instance;

    public override Task ForgetOptOutsAsync(IReadOnlyList<string> entryIds) =>
        _connection.ExecuteAsync("DELETE FROM optout_journal WHERE entry_id = ANY(@ids)", new { ids = entryIds.ToArray() }, _transaction);

    private static string OrgKey(string orgId) => "consentkit:org:" + orgId;

    // Reading the head starts an append: the chain's key is taken first, so the head read is the head the append extends.
    public override async Task<ChainHead?> GetHeadAsync(string orgId)
    {
        await LockAsync(OrgKey(orgId), shared: false).ConfigureAwait(false);
        return await base.GetHeadAsync(orgId).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys) =>
        (await _connection.QueryAsync<EventRow>(
            $"SELECT {EventColumns} FROM ledger_events WHERE org_id = @orgId AND idempotency_key = ANY(@keys)",
            new { orgId, keys = keys.ToArray() }, _transaction).ConfigureAwait(false)).AsList();

    public override async Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds) =>
        (await _connection.QueryAsync<ContactRow>(
            "SELECT contact_id AS ContactId, birth_date AS BirthDate, personal_hmac AS PersonalHmac, row_mac AS RowMac FROM contacts WHERE org_id = @orgId AND contact_id = ANY(@ids)",
            new { orgId, ids = contactIds.ToArray() }, _transaction).ConfigureAwait(false)).AsList();

    public override async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys) =>
        (await _connection.QueryAsync<StateRow>(
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
            }, _transaction).ConfigureAwait(false)).AsList();

    // Any number of rows in one statement: each column travels as one array parameter. When one batch names a contact twice,
    // its last version wins, as successive upserts would give.
    public override Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows) => rows.Count == 0 ? Task.CompletedTask :
        ExecuteArraysAsync(
            """
            INSERT INTO contacts (org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                                  updated_at, time_zone, zones, phone_hmac, email_hmac, attributes, row_mac, country)
            SELECT DISTINCT ON (contact_id) org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date,
                   personal_hmac, updated_at, time_zone, zones, phone_hmac, email_hmac, attributes, row_mac, country
            FROM unnest(@o, @c, @fn, @ln, @ph, @em, @la, @pc, @bd, @hm, @up, @tz, @zo, @phh, @emh, @at, @rm, @co) WITH ORDINALITY
                 AS t(org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                      updated_at, time_zone, zones, phone_hmac, email_hmac, attributes, row_mac, country, n)
            ORDER BY contact_id, n DESC
            ON CONFLICT (org_id, contact_id) DO UPDATE SET
                first_name = excluded.first_name, last_name = excluded.last_name, phone = excluded.phone, email = excluded.email,
                language = excluded.language, postal_code = excluded.postal_code, birth_date = excluded.birth_date,
                personal_hmac = excluded.personal_hmac, updated_at = excluded.updated_at, time_zone = excluded.time_zone,
                zones = excluded.zones, phone_hmac = excluded.phone_hmac, email_hmac = excluded.email_hmac,
                attributes = excluded.attributes, erased_at = NULL, row_mac = excluded.row_mac, country = excluded.country
            """,
            Text("o", rows, r => r.OrgId), Text("c", rows, r => r.ContactId), Text("fn", rows, r => r.FirstName), Text("ln", rows, r => r.LastName),
            Text("ph", rows, r => r.Phone), Text("em", rows, r => r.Email), Text("la", rows, r => r.Language), Text("pc", rows, r => r.PostalCode),
            Text("bd", rows, r => r.BirthDate), Text("hm", rows, r => r.PersonalHmac), Bigint("up", rows, r => r.UpdatedAt),
            Text("tz", rows, r => r.TimeZone), Text("zo", rows, r => r.Zones), Text("phh", rows, r => r.PhoneHmac), Text("emh", rows, r => r.EmailHmac),
            Text("at", rows, r => r.Attributes), Text("rm", SealContacts(rows), r => r.RowMac), Text("co", rows, r => r.Country));

    protected override async Task AppendEventsAsync(IReadOnlyList<EventRow> events, ChainHead head)
    {
        await CopyEventsAsync(events).ConfigureAwait(false);
        var states = SealStates(events);
        if (states.Count > 0)
        {
            // The latest event by (occurred_at, chain_seq) sets the state, within the batch and against the stored state.
            await ExecuteArraysAsync(
                """
                INSERT INTO consent_state (org_id, contact_id, purpose, channel, status, basis, since, expires_at, event_id, chain_seq,
                                           parental, from_data_subject, send_window, row_mac)
                SELECT DISTINCT ON (contact_id, purpose, channel) org_id, contact_id, purpose, channel,
                       status, basis, occurred_at, expires_at, event_id, chain_seq,
                       kind = 'parental_granted', from_data_subject, send_window, row_mac
                FROM unnest(@o, @c, @p, @ch, @k, @st, @b, @at, @ex, @ev, @cs, @fd, @sw, @rm)
                     AS t(org_id, contact_id, purpose, channel, kind, status, basis, occurred_at, expires_at, event_id, chain_seq, from_data_subject, send_window, row_mac)
                ORDER BY contact_id, purpose, channel, occurred_at DESC, chain_seq DESC
                ON CONFLICT (org_id, contact_id, purpose, channel) DO UPDATE SET
                    status = excluded.status, basis = excluded.basis, since = excluded.since,
                    expires_at = excluded.expires_at, event_id = excluded.event_id, chain_seq = excluded.chain_seq,
                    parental = excluded.parental, from_data_subject = excluded.from_data_subject, send_window = excluded.send_window,
                    row_mac = excluded.row_mac
                WHERE excluded.since > consent_state.since
                   OR (excluded.since = consent_state.since AND excluded.chain_seq > consent_state.chain_seq)
                """,
                Text("o", states, e => e.OrgId), Text("c", states, e => e.ContactId), Text("p", states, e => e.Purpose), Text("ch", states, e => e.Channel),
                Text("k", states, e => e.Kind), Text("st", states, e => e.StateStatus), Text("b", states, e => e.Basis), Bigint("at", states, e => e.OccurredAt),
                NullableBigint("ex", states, e => e.ExpiresAt), Text("ev", states, e => e.EventId), Bigint("cs", states, e => e.ChainSeq),
                new NpgsqlParameter<bool[]>("fd", states.Select(e => e.FromDataSubject).ToArray()), Text("sw", states, e => e.SendWindow),
                Text("rm", states, e => e.StateMac)).ConfigureAwait(false);
        }

        await MoveHeadAsync(head).ConfigureAwait(false);
    }

    // Events go in through binary COPY: a million-event import streams without one statement per row (docs/performance.md).
    private async Task CopyEventsAsync(IReadOnlyList<EventRow> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var copy = await _connection.BeginBinaryImportAsync(
            """
            COPY ledger_events (org_id, chain_seq, event_id, prev_event_id, prev_hash, hash, kind, contact_id, purpose, channel, basis,
                occurred_at, recorded_at, expires_at, source, notice_id, notice_version, notice_language, notice_sha256, from_data_subject,
                third_party, third_party_country, jurisdiction, idempotency_key, personal_hmac, contact_hmac, send_window, source_detail,
                affirmative_act, evidence_ref, collected_by, guardian, actor, changed_fields, attestation) FROM STDIN (FORMAT BINARY)
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
            await WriteAsync(copy, e.Actor).ConfigureAwait(false);
            await WriteAsync(copy, e.ChangedFields).ConfigureAwait(false);
            await WriteAsync(copy, e.Attestation).ConfigureAwait(false);
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
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public override async Task AddSuppressionAsync(SuppressionRow row)
    {
        await LockAsync(OrgKey(row.Scope), shared: false).ConfigureAwait(false);
        await base.AddSuppressionAsync(row).ConfigureAwait(false);
    }

    public override async Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason)
    {
        await LockAsync(OrgKey(scope), shared: false).ConfigureAwait(false);
        return await base.RemoveSuppressionAsync(scope, identifierHmac, reason).ConfigureAwait(false);
    }

    public override async Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes)
    {
        // Scopes are "global", the organisation, then its parents up to the root: taken as the organisation, parents, global.
        await LockAsync(OrgKey(orgId), shared: true).ConfigureAwait(false);
        foreach (var scope in scopes.Where(s => s != "global" && s != orgId).Append("global"))
        {
            await LockAsync(OrgKey(scope), shared: true).ConfigureAwait(false);
        }

        await LockAsync("consentkit:contact:" + orgId + ":" + contactId, shared: false).ConfigureAwait(false);
    }

    // Recording looks up the message ids already stored, then inserts the others: the organisation's send-record key makes
    // the pair atomic, so two tools retrying the same batch at once record each message once.
    public override async Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds)
    {
        await LockAsync("consentkit:send-records:" + orgId, shared: false).ConfigureAwait(false);
        return (await _connection.QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND message_id = ANY(@ids)",
            new { orgId, ids = messageIds.ToArray() }, _transaction).ConfigureAwait(false)).AsList();
    }

    // A request or an incident is read, changed and written back in one session: the row lock keeps two officers'
    // updates from overwriting each other (SQLite's single writer gives the same).
    public override Task<RequestRow?> GetRequestAsync(string requestId) =>
        _connection.QueryFirstOrDefaultAsync<RequestRow>($"SELECT {RequestColumns} FROM requests WHERE request_id = @requestId FOR UPDATE", new { requestId }, _transaction);

    public override Task<IncidentRow?> GetIncidentAsync(string incidentId) =>
        _connection.QueryFirstOrDefaultAsync<IncidentRow>($"SELECT {IncidentColumns} FROM incidents WHERE incident_id = @incidentId FOR UPDATE", new { incidentId }, _transaction);

    public override async Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var copy = await _connection.BeginBinaryImportAsync(
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
}
