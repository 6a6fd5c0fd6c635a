using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using static ConsentKit.Storage.StoreColumns;

namespace ConsentKit.Storage;

/// <summary>
/// The reads both providers write alike in Dapper's plain SQL. A provider derives from it and writes its hot lookups
/// (gate, state, explanations), lists of ids, migrations and its own way of serializing writers.
/// </summary>
internal abstract class DapperConsentStore : IConsentStore
{
    protected const int PageSize = 5000;

    public abstract int SchemaVersion { get; }

    public RowSeals? Seals { get; set; }

    public virtual string? DefaultKeyFile => null;

    public virtual async Task ScrubLegacyKeyAsync(CancellationToken cancellationToken)
    {
        await using var session = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await session.DeleteMetaAsync(PersonalDataKeys.LegacyMetaKey).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>The columns after a gate row's facts that its keyed hashes cover, read by both providers in this order.</summary>
    protected const string GateSealColumns =
        ", c.phone_hmac, c.email_hmac, c.personal_hmac, c.time_zone, c.attributes, c.erased_at, c.row_mac, s.since, s.event_id, s.chain_seq, s.row_mac";

    /// <summary>
    /// Whether the contact row or the consent row a gate decision reads fails its keyed hash (R2; GDPR art. 32): the gate
    /// then blocks. A contact without a consent row has only its own row to check.
    /// </summary>
    protected bool IsTampered(string orgId, string purpose, string channel, GateRow row, string? personalHmac, string? timeZone, string? attributes, long? erasedAt, string? contactMac, long? since, string? eventId, long? chainSeq, string? stateMac)
    {
        var seals = Seals ?? throw new InvalidOperationException("The store's key is not loaded: open the store through ConsentKitRuntime.");
        if (!RowSeals.Matches(contactMac, seals.Contact(orgId, row.ContactId, personalHmac, row.BirthDate, timeZone, row.Zones, row.PhoneHmac, row.EmailHmac, attributes, erasedAt)))
        {
            return true;
        }

        return row.Status is not null
            && !RowSeals.Matches(stateMac, seals.State(orgId, row.ContactId, purpose, channel, row.Status, row.Basis, since ?? 0, row.ExpiresAt, eventId ?? "", chainSeq ?? 0, row.Parental, row.FromDataSubject, row.SendWindow));
    }

    /// <summary>An open connection; the caller disposes it.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract ISegmentDialect Dialect { get; }

    // Each read names its Dapper call at the call site, with concrete row and parameter types, so that Dapper.AOT binds it
    // at build time (a generic wrapper around Dapper would fall back to Reflection.Emit, which ahead-of-time code lacks).
    // The cancellation token travels in the parameters, where Dapper.AOT takes it; where the SQL is assembled at run time
    // Dapper.AOT cannot take it (its generated code does not compile), and the open connection is the cancellation point.
    protected async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await read(connection).ConfigureAwait(false);
    }

    protected async Task<List<T>> ListAsync<T>(Func<DbConnection, Task<IEnumerable<T>>> query, CancellationToken cancellationToken) =>
        (await ReadAsync(query, cancellationToken).ConfigureAwait(false)).AsList();

    protected async Task<T> ScalarAsync<T>(Func<DbConnection, Task<T?>> scalar, CancellationToken cancellationToken) =>
        (await ReadAsync(scalar, cancellationToken).ConfigureAwait(false))!;

    public abstract Task MigrateAsync(CancellationToken cancellationToken);

    // What verify reads of the sealed tables: every row, streamed, in the order their numbers run.
    private async IAsyncEnumerable<T> StreamAsync<T>(Func<DbConnection, IAsyncEnumerable<T>> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in query(connection).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    public IAsyncEnumerable<StateRow> ReadStatesAsync(string orgId, CancellationToken cancellationToken) =>
        StreamAsync(c => c.QueryUnbufferedAsync<StateRow>($"SELECT {StateColumns} FROM consent_state WHERE org_id = @orgId ORDER BY contact_id, purpose, channel", new { orgId, cancellationToken }), cancellationToken);

    public IAsyncEnumerable<SuppressionRow> ReadSuppressionsAsync(CancellationToken cancellationToken) =>
        StreamAsync(c => c.QueryUnbufferedAsync<SuppressionRow>(
            "SELECT scope AS Scope, identifier_hmac AS IdentifierHmac, kind AS Kind, reason AS Reason, created_at AS CreatedAt, row_mac AS RowMac FROM suppressions ORDER BY scope, identifier_hmac"), cancellationToken);

    public IAsyncEnumerable<SendRow> ReadSendsAsync(string orgId, CancellationToken cancellationToken) =>
        StreamAsync(c => c.QueryUnbufferedAsync<SendRow>(
            "SELECT org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, sent_at AS SentAt, message_id AS MessageId, COALESCE(row_no, 0) AS RowNo, row_mac AS RowMac FROM sends WHERE org_id = @orgId ORDER BY row_no", new { orgId, cancellationToken }), cancellationToken);

    public IAsyncEnumerable<ErasureRow> ReadErasuresAsync(string orgId, CancellationToken cancellationToken) =>
        StreamAsync(c => c.QueryUnbufferedAsync<ErasureRow>(
            "SELECT erasure_id AS ErasureId, org_id AS OrgId, contact_id AS ContactId, erased_at AS ErasedAt, requested_by AS RequestedBy, counts AS Counts, kept AS Kept, COALESCE(row_no, 0) AS RowNo, row_mac AS RowMac FROM erasures WHERE org_id = @orgId ORDER BY row_no", new { orgId, cancellationToken }), cancellationToken);

    public async Task<IReadOnlyList<RowCountRow>> GetRowCountsAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<RowCountRow>("SELECT name AS Name, row_count AS Count, row_mac AS RowMac FROM row_counts ORDER BY name"), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> GetSendOrganisationsAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<string>("SELECT DISTINCT org_id FROM sends UNION SELECT DISTINCT org_id FROM erasures ORDER BY 1"), cancellationToken).ConfigureAwait(false);

    public abstract Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken);

    public abstract Task<IStoreWriteSession> BeginWriteAsync(TimeSpan lockWait, CancellationToken cancellationToken);

    public abstract Task JournalOptOutAsync(OptOutRow row, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<OptOutRow>> GetPendingOptOutsAsync(CancellationToken cancellationToken);

    /// <summary>The contacts of <paramref name="orgId"/> whose phone (or e-mail) has one of these keyed hashes, for a batch overlay of pending opt-outs.</summary>
    public async Task<IReadOnlyList<string>> FindContactIdsByIdentifierAsync(string orgId, string column, IReadOnlyList<string> hmacs, CancellationToken cancellationToken) =>
        hmacs.Count == 0 ? [] : await ListAsync(c => c.QueryAsync<string>(
            $"SELECT contact_id FROM contacts WHERE org_id = @orgId AND {Dialect.OneOf(column == "email" ? "email_hmac" : "phone_hmac", "hmacs")}", new { orgId, hmacs = Dialect.TextList(hmacs) }), cancellationToken).ConfigureAwait(false);

    public Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<string>("SELECT value FROM meta WHERE key = @key", new { key, cancellationToken }), cancellationToken);

    public Task<ContactRow?> FindContactAsync(string orgId, string by, string value, CancellationToken cancellationToken)
    {
        var column = by switch
        {
            "id" => "contact_id",
            "phone" => "phone",
            "email" => "email",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        };
        return ReadAsync(c => c.QueryFirstOrDefaultAsync<ContactRow>(
            $"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND {column} = @value ORDER BY contact_id LIMIT 1", new { orgId, value }), cancellationToken);
    }

    public abstract Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<StateRow>(
            $"SELECT {StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @contactId ORDER BY purpose, channel", new { orgId, contactId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<EventRow>> GetContactEventsAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<EventRow>(
            $"SELECT {EventColumns} FROM ledger_events WHERE org_id = @orgId AND contact_id = @contactId ORDER BY chain_seq", new { orgId, contactId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public abstract Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<string>> GetChainIdsAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<string>("SELECT org_id FROM chain_heads UNION SELECT DISTINCT org_id FROM ledger_events ORDER BY 1"), cancellationToken).ConfigureAwait(false);

    public Task<ChainHead?> GetHeadAsync(string orgId, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<ChainHead>(StoreSql.ChainHead, new { orgId, cancellationToken }), cancellationToken);

    public async Task<bool> IsChainEventAsync(string orgId, long chainSeq, string eventId, string hash, CancellationToken cancellationToken) =>
        await ScalarAsync(c => c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM ledger_events WHERE org_id = @orgId AND chain_seq = @chainSeq AND event_id = @eventId AND hash = @hash", new { orgId, chainSeq, eventId, hash, cancellationToken }), cancellationToken).ConfigureAwait(false) == 1;

    public Task<double?> GetEventPositionAsync(string orgId, string eventId, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<double?>("SELECT CAST(chain_seq AS DOUBLE PRECISION) FROM ledger_events WHERE org_id = @orgId AND event_id = @eventId", new { orgId, eventId, cancellationToken }), cancellationToken);

    public abstract IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, CancellationToken cancellationToken);

    public IAsyncEnumerable<ContactRow> ReadContactsAsync(string orgId, CancellationToken cancellationToken) =>
        KeysetAsync(
            string.Empty,
            (c, after) => c.QueryAsync<ContactRow>(
                $"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND contact_id > @after ORDER BY contact_id LIMIT @limit",
                new { orgId, after, limit = PageSize, cancellationToken }),
            c => c.ContactId, cancellationToken);

    /// <summary>
    /// Keyset pagination: each <paramref name="page"/> starts after the last key read (<c>@after</c>), so millions of
    /// rows stream in constant memory and each page is an index range scan.
    /// </summary>
    protected async IAsyncEnumerable<T> KeysetAsync<T, TKey>(TKey start, Func<DbConnection, TKey, Task<IEnumerable<T>>> page, Func<T, TKey> keyOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = start;
        while (true)
        {
            var rows = await ListAsync(c => page(c, after), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < PageSize)
            {
                yield break;
            }

            after = keyOf(rows[^1]);
        }
    }

    public async Task<IReadOnlyList<OrganisationRow>> GetOrganisationsAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<OrganisationRow>("SELECT id AS Id, name AS Name, parent_id AS ParentId, created_at AS CreatedAt FROM organisations ORDER BY id"), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<SharingRow>> GetSharingAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<SharingRow>(
            "SELECT from_org AS FromOrg, to_org AS ToOrg, purposes AS Purposes, declared_at AS DeclaredAt FROM organisation_sharing ORDER BY from_org, to_org"), cancellationToken).ConfigureAwait(false);

    public abstract Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    public abstract IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, CancellationToken cancellationToken);

    public abstract Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    public abstract Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null);

    public async Task<IReadOnlyDictionary<string, SendCount>> CountSendsByContactAsync(string orgId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(c => c.QueryAsync<ContactSendCountRow>(
            "SELECT contact_id AS ContactId, COUNT(*) AS Count, MIN(sent_at) AS Oldest FROM sends WHERE org_id = @orgId AND channel = @channel AND sent_at > @sinceTicks AND (CAST(@purpose AS TEXT) IS NULL OR purpose = @purpose) GROUP BY contact_id",
            new { orgId, channel, sinceTicks, purpose, cancellationToken }), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ContactId, r => new SendCount((int)r.Count, r.Oldest), StringComparer.Ordinal);
    }

    public abstract Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken);

    public Task<TargetingRegisterRow?> GetTargetingEntryAsync(string orgId, string entryId, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<TargetingRegisterRow>($"SELECT {RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND entry_id = @entryId", new { orgId, entryId, cancellationToken }), cancellationToken);

    public abstract Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken);

    public abstract Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<SendRecordRow>> GetContactSendRecordsAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND contact_id = @contactId ORDER BY sent_at, seq", new { orgId, contactId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public Task<ExplanationLinkRow?> GetExplanationLinkAsync(string codeSha256, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<ExplanationLinkRow>($"SELECT {LinkColumns} FROM explanation_links WHERE code_sha256 = @codeSha256", new { codeSha256, cancellationToken }), cancellationToken);

    public async Task<IReadOnlyList<ProcessorRow>> GetProcessorsAsync(string? orgId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<ProcessorRow>(
            $"SELECT {ProcessorColumns} FROM processors WHERE @orgId IS NULL OR org_id = @orgId ORDER BY org_id, processor_id", new { orgId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    // A processor is owed its organisation's events and those of the scopes above it (a controller's suppression, a global
    // one): a few organisations, read one by one on the (org_id, seq) index and merged in order.
    public async Task<IReadOnlyList<OutboxRow>> GetOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxRow>();
        foreach (var orgId in orgIds.Distinct(StringComparer.Ordinal))
        {
            rows.AddRange(await ListAsync(c => c.QueryAsync<OutboxRow>(
                $"SELECT {OutboxColumns} FROM outbox WHERE org_id = @orgId AND seq > @afterSeq ORDER BY seq LIMIT @limit", new { orgId, afterSeq, limit, cancellationToken }), cancellationToken).ConfigureAwait(false));
        }

        return [.. rows.OrderBy(r => r.Seq).Take(limit)];
    }

    public async Task<(long Count, long? OldestAt)> CountOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, CancellationToken cancellationToken)
    {
        long count = 0;
        long? oldest = null;
        foreach (var orgId in orgIds.Distinct(StringComparer.Ordinal))
        {
            count += await ScalarAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE org_id = @orgId AND seq > @afterSeq", new { orgId, afterSeq, cancellationToken }), cancellationToken).ConfigureAwait(false);
            var first = await ScalarAsync(c => c.ExecuteScalarAsync<long?>("SELECT MIN(created_at) FROM outbox WHERE org_id = @orgId AND seq > @afterSeq", new { orgId, afterSeq, cancellationToken }), cancellationToken).ConfigureAwait(false);
            oldest = first is { } f && (oldest is null || f < oldest) ? f : oldest;
        }

        return (count, oldest);
    }

    public Task<long> GetOutboxHeadAsync(CancellationToken cancellationToken) =>
        ScalarAsync(c => c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) FROM outbox"), cancellationToken);

    public async Task<IReadOnlyList<RequestRow>> GetRequestsAsync(string orgId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<RequestRow>($"SELECT {RequestColumns} FROM requests WHERE org_id = @orgId ORDER BY received_at, request_id", new { orgId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<SendRecordRow>> GetSendRecordsBetweenAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND sent_at >= @fromTicks AND sent_at < @toTicks ORDER BY sent_at, seq", new { orgId, fromTicks, toTicks, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public Task<long> CountStopsAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        ScalarAsync(c => c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(DISTINCT contact_id) FROM ledger_events
            WHERE org_id = @orgId AND kind = 'withdrawn' AND source = 'inbound_sms' AND occurred_at >= @fromTicks AND occurred_at < @toTicks
            """, new { orgId, fromTicks, toTicks, cancellationToken }), cancellationToken);

    public async Task<IReadOnlyList<string>> GetRetentionCandidatesAsync(string orgId, long cutoffTicks, long nowTicks, int limit, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<string>(StoreSql.RetentionCandidates, new { orgId, cutoffTicks, nowTicks, limit, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public Task<long> CountSendRecordsBeforeAsync(string orgId, long beforeTicks, CancellationToken cancellationToken) =>
        ScalarAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks, cancellationToken }), cancellationToken);

    public async Task<IReadOnlyList<IncidentRow>> GetIncidentsAsync(string orgId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<IncidentRow>($"SELECT {IncidentColumns} FROM incidents WHERE org_id = @orgId ORDER BY aware_at, incident_id", new { orgId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ErasureRow>> GetErasuresAsync(string orgId, string? contactId, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<ErasureRow>(
            """
            SELECT erasure_id AS ErasureId, org_id AS OrgId, contact_id AS ContactId, erased_at AS ErasedAt, requested_by AS RequestedBy,
                   counts AS Counts, kept AS Kept
            FROM erasures WHERE org_id = @orgId AND (CAST(@contactId AS TEXT) IS NULL OR contact_id = @contactId) ORDER BY erased_at
            """, new { orgId, contactId, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public abstract Task<ErasureCopies> CheckpointAsync(CancellationToken cancellationToken);

    public abstract Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<ContactRow>> FindContactsByPhoneAsync(string orgId, string phone, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<ContactRow>($"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND phone = @phone ORDER BY contact_id", new { orgId, phone, cancellationToken }), cancellationToken).ConfigureAwait(false);

    // One query streams the whole result from one snapshot. Dapper.AOT has no reader API: Dapper's own ExecuteReaderAsync
    // binds the compiled segment's DynamicParameters without generating code, so it runs ahead of time as well.
    [DapperAot(false)]
    public async IAsyncEnumerable<string> StreamSegmentAsync(SegmentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = SegmentSql.Compile(query, Dialect);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition($"SELECT c.contact_id FROM contacts c WHERE {where} ORDER BY c.contact_id", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    public Task<long> CountSegmentAsync(SegmentQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = SegmentSql.Compile(query, Dialect);
        return ScalarAsync(c => c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM contacts c WHERE {where}", parameters), cancellationToken);
    }

    public async Task<IReadOnlyList<DpoAuditRow>> GetDpoAuditAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<DpoAuditRow>(
            $"SELECT {DpoAuditColumns} FROM dpo_audit WHERE org_id = @orgId AND at >= @fromTicks AND at < @toTicks ORDER BY at, id", new { orgId, fromTicks, toTicks, cancellationToken }), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<TargetingRegisterRow>> GetTargetingRegisterAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<TargetingRegisterRow>(
            $"SELECT {RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND recorded_at >= @fromTicks AND recorded_at < @toTicks ORDER BY seq", new { orgId, fromTicks, toTicks, cancellationToken }), cancellationToken).ConfigureAwait(false);
}
