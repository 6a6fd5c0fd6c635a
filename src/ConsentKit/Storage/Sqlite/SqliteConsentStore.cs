using System.Data;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Dapper;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConsentKit.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, one writer at a time (BEGIN IMMEDIATE), readers never blocked.</summary>
internal sealed class SqliteConsentStore : DapperConsentStore, IDisposable
{

    // The latest event by (occurred_at, chain_seq) sets the state: an old consent imported late never overrides a newer withdrawal.
    private const string UpsertStateSql = """
        INSERT INTO consent_state (org_id, contact_id, purpose, channel, status, basis, since, expires_at, event_id, chain_seq,
                                   parental, from_data_subject, send_window, row_mac)
        VALUES (@OrgId, @ContactId, @Purpose, @Channel,
                @StateStatus,
                @Basis, @OccurredAt, @ExpiresAt, @EventId, @ChainSeq,
                CASE @Kind WHEN 'parental_granted' THEN 1 ELSE 0 END, @FromDataSubject, @SendWindow, @RowMac)
        ON CONFLICT (org_id, contact_id, purpose, channel) DO UPDATE SET
            status = excluded.status, basis = excluded.basis, since = excluded.since,
            expires_at = excluded.expires_at, event_id = excluded.event_id, chain_seq = excluded.chain_seq,
            parental = excluded.parental, from_data_subject = excluded.from_data_subject, send_window = excluded.send_window,
            row_mac = excluded.row_mac
        WHERE excluded.since > consent_state.since
           OR (excluded.since = consent_state.since AND excluded.chain_seq > consent_state.chain_seq)
        """;



    private static readonly string ChainSelect = StoreColumns.EventColumns.Replace("chain_seq AS ChainSeq", "CAST(chain_seq AS INTEGER) AS ChainSeq", StringComparison.Ordinal);


    private static readonly (string Name, Func<EventRow, object?> Value)[] EventBindings =
    [
        ("@OrgId", e => e.OrgId), ("@ChainSeq", e => e.ChainSeq), ("@EventId", e => e.EventId), ("@PrevEventId", e => e.PrevEventId),
        ("@PrevHash", e => e.PrevHash), ("@Hash", e => e.Hash), ("@Kind", e => e.Kind), ("@ContactId", e => e.ContactId),
        ("@Purpose", e => e.Purpose), ("@Channel", e => e.Channel), ("@Basis", e => e.Basis), ("@OccurredAt", e => e.OccurredAt),
        ("@RecordedAt", e => e.RecordedAt), ("@ExpiresAt", e => e.ExpiresAt), ("@Source", e => e.Source), ("@NoticeId", e => e.NoticeId),
        ("@NoticeVersion", e => e.NoticeVersion), ("@NoticeLanguage", e => e.NoticeLanguage), ("@NoticeSha256", e => e.NoticeSha256),
        ("@FromDataSubject", e => e.FromDataSubject), ("@ThirdParty", e => e.ThirdParty), ("@ThirdPartyCountry", e => e.ThirdPartyCountry),
        ("@Jurisdiction", e => e.Jurisdiction), ("@IdempotencyKey", e => e.IdempotencyKey), ("@PersonalHmac", e => e.PersonalHmac), ("@ContactHmac", e => e.ContactHmac), ("@SendWindow", e => e.SendWindow),
        ("@SourceDetail", e => e.SourceDetail), ("@AffirmativeAct", e => e.AffirmativeAct), ("@EvidenceRef", e => e.EvidenceRef),
        ("@CollectedBy", e => e.CollectedBy), ("@Guardian", e => e.Guardian), ("@Actor", e => e.Actor), ("@ChangedFields", e => e.ChangedFields), ("@Attestation", e => e.Attestation),
    ];

    private static readonly (string Name, Func<EventRow, object?> Value)[] StateBindings =
    [
        ("@OrgId", e => e.OrgId), ("@ContactId", e => e.ContactId), ("@Purpose", e => e.Purpose), ("@Channel", e => e.Channel),
        ("@Kind", e => e.Kind), ("@StateStatus", e => e.StateStatus), ("@Basis", e => e.Basis), ("@OccurredAt", e => e.OccurredAt), ("@ExpiresAt", e => e.ExpiresAt),
        ("@EventId", e => e.EventId), ("@ChainSeq", e => e.ChainSeq), ("@FromDataSubject", e => e.FromDataSubject),
        ("@SendWindow", e => e.SendWindow), ("@RowMac", e => e.StateMac),
    ];

    private static readonly (string Name, Func<ContactRow, object?> Value)[] ContactBindings =
    [
        ("@OrgId", c => c.OrgId), ("@ContactId", c => c.ContactId), ("@FirstName", c => c.FirstName), ("@LastName", c => c.LastName),
        ("@Phone", c => c.Phone), ("@Email", c => c.Email), ("@Language", c => c.Language), ("@PostalCode", c => c.PostalCode),
        ("@BirthDate", c => c.BirthDate), ("@PersonalHmac", c => c.PersonalHmac), ("@UpdatedAt", c => c.UpdatedAt),
        ("@TimeZone", c => c.TimeZone), ("@Zones", c => c.Zones), ("@PhoneHmac", c => c.PhoneHmac), ("@EmailHmac", c => c.EmailHmac),
        ("@Attributes", c => c.Attributes), ("@RowMac", c => c.RowMac), ("@Country", c => c.Country),
    ];

    private readonly string _connectionString;
    private readonly SqliteReadPool _reads;

    public SqliteConsentStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _reads = new SqliteReadPool(_connectionString);
        JournalPath = DataSource + ".optout";
        _journalConnectionString = new SqliteConnectionStringBuilder(_connectionString) { DataSource = JournalPath, Pooling = true }.ToString();
        _journalReads = new SqliteReadPool(_journalConnectionString);
    }

    private readonly SqliteReadPool _journalReads;

    /// <summary>
    /// The opt-out journal: a second SQLite file beside the store. SQLite has one writer per file, and a bulk import holds
    /// the store's for its whole transaction; the journal's own lock lets a STOP commit durably meanwhile (R10).
    /// </summary>
    public string JournalPath { get; }

    private readonly string _journalConnectionString;
    private int _journalReady;

    public string DataSource { get; }

    public override int SchemaVersion => LatestSchemaVersion;

    internal static int LatestSchemaVersion => Migrations.Value.Count;

    private static readonly Lazy<IReadOnlyList<string>> Migrations = new(LoadMigrations);

    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version").ConfigureAwait(false);
        if (version > LatestSchemaVersion)
        {
            throw NewerVersion(version);
        }

        if (version == LatestSchemaVersion)
        {
            return;
        }

        // WAL lets readers (gate checks, exports) run while one writer appends; it is a property of the file.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL").ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Read again under the write lock: another process may have migrated meanwhile.
        version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version", transaction: transaction).ConfigureAwait(false);
        if (version > LatestSchemaVersion)
        {
            throw NewerVersion(version);
        }

        for (var next = (int)version; next < LatestSchemaVersion; next++)
        {
            await connection.ExecuteAsync(Migrations.Value[next], transaction: transaction).ConfigureAwait(false);
        }

        await connection.ExecuteAsync($"PRAGMA user_version = {LatestSchemaVersion}", transaction: transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken) => BeginWriteAsync(null, cancellationToken);

    public override Task<IStoreWriteSession> BeginWriteAsync(TimeSpan lockWait, CancellationToken cancellationToken) => BeginWriteAsync((TimeSpan?)lockWait, cancellationToken);

    private async Task<IStoreWriteSession> BeginWriteAsync(TimeSpan? lockWait, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (lockWait is { } wait)
            {
                // Microsoft.Data.Sqlite retries a busy BEGIN for whole seconds; SQLite's own busy handler waits to the
                // millisecond. Probe with it, then begin at once (with a one-second bound for the rare writer that slips in).
                var db = connection.Handle!;
                raw.sqlite3_busy_timeout(db, (int)Math.Clamp(wait.TotalMilliseconds, 1, int.MaxValue));
                var rc = raw.sqlite3_exec(db, "BEGIN IMMEDIATE");
                raw.sqlite3_busy_timeout(db, 0);
                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    throw new StoreBusyException();
                }

                Check(rc, db);
                Check(raw.sqlite3_exec(db, "ROLLBACK"), db);
                connection.DefaultTimeout = 1;
            }

            // A consent record is legal proof: FULL makes a commit durable across power loss, not just a process crash.
            // A 64 MB page cache keeps a large import's index pages in memory instead of spilling them to the WAL page by page.
            // secure_delete: what a write removes is overwritten with zeros, not just unlinked, so an erased person's bytes
            // do not linger in free pages (R59).
            await connection.ExecuteAsync("PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; PRAGMA secure_delete = ON").ConfigureAwait(false);

            // Deferred: false takes the write lock now (BEGIN IMMEDIATE), so two writers never deadlock on an upgrade.
            SqliteTransaction transaction;
            try
            {
                transaction = connection.BeginTransaction(deferred: false);
            }
            catch (SqliteException ex) when (lockWait is not null && ex.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                throw new StoreBusyException();
            }

            return new SqliteWriteSession(this, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // The hottest read (every state lookup, every gate check): a rented connection, a prepared statement, columns read by position.
    public override Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command(
            "SELECT status, basis, since, expires_at, event_id, chain_seq FROM consent_state WHERE org_id = @o AND contact_id = @c AND purpose = @p AND channel = @ch",
            "@o", "@c", "@p", "@ch");
        command.Parameters[0].Value = orgId;
        command.Parameters[1].Value = contactId;
        command.Parameters[2].Value = purpose;
        command.Parameters[3].Value = channel;
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read()
            ? new StateRow
            {
                OrgId = orgId,
                ContactId = contactId,
                Purpose = purpose,
                Channel = channel,
                Status = reader.GetString(0),
                Basis = reader.IsDBNull(1) ? null : reader.GetString(1),
                Since = reader.GetInt64(2),
                ExpiresAt = reader.IsDBNull(3) ? null : reader.GetInt64(3),
                EventId = reader.GetString(4),
                ChainSeq = reader.GetInt64(5),
            }
            : null);
    }

    public override string? DefaultKeyFile => DataSource + ".key";

    // secure_delete zeroes the row's bytes in the file; the checkpoint then empties the WAL, which still held the page
    // with the key, and VACUUM rewrites the file so that no free page keeps an older copy.
    public override async Task ScrubLegacyKeyAsync(CancellationToken cancellationToken)
    {
        await base.ScrubLegacyKeyAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA secure_delete = ON; VACUUM; PRAGMA wal_checkpoint(TRUNCATE)").ConfigureAwait(false);
    }

    public void Dispose()
    {
        _reads.Dispose();
        _journalReads.Dispose();
    }

    public override async Task JournalOptOutAsync(OptOutRow row, CancellationToken cancellationToken)
    {
        await using var connection = await OpenJournalAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO pending (entry_id, org_id, kind, scope, identifier_hmac, identifier_kind, reason, detail, evidence, actor, occurred_at, accepted_at)
            VALUES (@EntryId, @OrgId, @Kind, @Scope, @IdentifierHmac, @IdentifierKind, @Reason, @Detail, @Evidence, @Actor, @OccurredAt, @AcceptedAt)
            ON CONFLICT (entry_id) DO NOTHING
            """, row).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<OptOutRow>> GetPendingOptOutsAsync(CancellationToken cancellationToken)
    {
        // No journal file yet: nothing was ever journaled; reading must not create it.
        if (Volatile.Read(ref _journalReady) == 0)
        {
            if (!File.Exists(JournalPath))
            {
                return [];
            }

            await (await OpenJournalAsync(cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }

        // Read before every gate decision: a rented connection and a prepared statement, a few microseconds on an empty journal.
        using var connection = _journalReads.Rent();
        var command = connection.Command(
            """
            SELECT entry_id, org_id, kind, scope, identifier_hmac, identifier_kind, reason, detail, evidence, actor, occurred_at, accepted_at
            FROM pending ORDER BY accepted_at, entry_id
            """);
        using var r = command.ExecuteReader();
        List<OptOutRow>? rows = null;
        while (r.Read())
        {
            (rows ??= []).Add(new OptOutRow
            {
                EntryId = r.GetString(0),
                OrgId = r.GetString(1),
                Kind = r.GetString(2),
                Scope = r.GetString(3),
                IdentifierHmac = r.GetString(4),
                IdentifierKind = r.GetString(5),
                Reason = r.GetString(6),
                Detail = r.IsDBNull(7) ? null : r.GetString(7),
                Evidence = r.IsDBNull(8) ? null : r.GetString(8),
                Actor = r.IsDBNull(9) ? null : r.GetString(9),
                OccurredAt = r.GetInt64(10),
                AcceptedAt = r.GetInt64(11),
            });
        }

        return rows is null ? [] : rows;
    }

    private async Task<SqliteConnection> OpenJournalAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_journalConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // An accepted STOP is legal proof like a consent: durable across power loss; deleted rows are zeroed.
            await connection.ExecuteAsync("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON").ConfigureAwait(false);
            // The table exists before any reader is told it does: a reader that saw the flag set would otherwise query a
            // file another thread has only just created.
            if (Volatile.Read(ref _journalReady) == 0)
            {
                await connection.ExecuteAsync(
                    """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE IF NOT EXISTS pending (
                        entry_id        TEXT PRIMARY KEY,
                        org_id          TEXT NOT NULL,
                        kind            TEXT NOT NULL,
                        scope           TEXT NOT NULL,
                        identifier_hmac TEXT NOT NULL,
                        identifier_kind TEXT NOT NULL,
                        reason          TEXT NOT NULL,
                        detail          TEXT NULL,
                        evidence        TEXT NULL,
                        actor           TEXT NULL,
                        occurred_at     INTEGER NOT NULL,
                        accepted_at     INTEGER NOT NULL
                    );
                    """).ConfigureAwait(false);
                Volatile.Write(ref _journalReady, 1);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task ForgetJournalEntriesAsync(IReadOnlyList<string> entryIds)
    {
        await using var connection = await OpenJournalAsync(CancellationToken.None).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM pending WHERE entry_id = @id", entryIds.Select(id => new { id })).ConfigureAwait(false);
    }

    // Read once per send recorded: a rented connection and a prepared statement, like the gate's own lookups.
    public override Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command(
            """
            SELECT event_id, kind, basis, occurred_at, chain_seq, expires_at, source, notice_version, from_data_subject, third_party,
                   third_party_country, send_window
            FROM ledger_events WHERE org_id = @o AND contact_id = @c AND purpose = @p AND channel = @ch
            """,
            "@o", "@c", "@p", "@ch");
        command.Parameters[0].Value = orgId;
        command.Parameters[1].Value = contactId;
        command.Parameters[2].Value = purpose;
        command.Parameters[3].Value = channel;
        var rows = new List<EventRow>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new EventRow
            {
                OrgId = orgId,
                ContactId = contactId,
                Purpose = purpose,
                Channel = channel,
                EventId = r.GetString(0),
                Kind = r.GetString(1),
                Basis = r.IsDBNull(2) ? null : r.GetString(2),
                OccurredAt = r.GetInt64(3),
                ChainSeq = r.GetInt64(4),
                ExpiresAt = r.IsDBNull(5) ? null : r.GetInt64(5),
                Source = r.IsDBNull(6) ? null : r.GetString(6),
                NoticeVersion = r.IsDBNull(7) ? null : r.GetString(7),
                FromDataSubject = r.GetBoolean(8),
                ThirdParty = r.IsDBNull(9) ? null : r.GetString(9),
                ThirdPartyCountry = r.IsDBNull(10) ? null : r.GetString(10),
                SendWindow = r.IsDBNull(11) ? null : r.GetString(11),
            });
        }

        return Task.FromResult<IReadOnlyList<EventRow>>(rows);
    }

    // chain_seq is read as a number on purpose: a row smuggled in at a fractional position still shows up in order.
    public override IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, CancellationToken cancellationToken) =>
        KeysetAsync(
            double.MinValue,
            (c, after) => c.QueryAsync<EventRow>(
                $"SELECT CAST(chain_seq AS REAL) AS ChainPosition, {ChainSelect} FROM ledger_events WHERE org_id = @orgId AND chain_seq > @after ORDER BY chain_seq LIMIT @limit",
                new { orgId, after, limit = PageSize }),
            e => e.ChainPosition, cancellationToken);

    private static string GateSelect(string identifiers, string extra = "") => $"""
        SELECT c.contact_id, c.birth_date, c.zones, {identifiers},
               s.status, s.basis, s.expires_at, COALESCE(s.from_data_subject, 1), COALESCE(s.parental, 0), s.send_window{extra}
        FROM contacts c
        LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = @p AND s.channel = @ch
        """;

    private const string PhoneProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope IN (SELECT value FROM json_each(@scopes)))";
    private const string EmailProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.email_hmac AND x.scope IN (SELECT value FROM json_each(@scopes)))";
    private const string SuppressionProbes = PhoneProbe + ", " + EmailProbe;

    private static readonly string GateSingleSql = GateSelect(SuppressionProbes, GateSealColumns) + " WHERE c.org_id = @o AND c.contact_id = @c";

    public override Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command(GateSingleSql, "@p", "@ch", "@scopes", "@o", "@c");
        command.Parameters[0].Value = purpose;
        command.Parameters[1].Value = channel;
        command.Parameters[2].Value = StoredJson.Strings(scopes);
        command.Parameters[3].Value = orgId;
        command.Parameters[4].Value = contactId;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return Task.FromResult(new GateRow { ContactId = contactId, Exists = false });
        }

        var row = ReadGateRow(reader);
        row.PhoneSuppressed = reader.GetBoolean(3);
        row.EmailSuppressed = reader.GetBoolean(4);
        row.PhoneHmac = reader.IsDBNull(11) ? null : reader.GetString(11);
        row.EmailHmac = reader.IsDBNull(12) ? null : reader.GetString(12);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        long? Number(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
        row.Tampered = IsTampered(orgId, purpose, channel, row, Text(13), Text(14), Text(15), Number(16), Text(17), Number(18), Text(19), Number(20), Text(21));
        return Task.FromResult(row);
    }

    // Batches read a million rows: SQLite's own API, with the few distinct values (status, basis, zones, windows) decoded
    // once and shared, so that a row costs one string (its contact id) instead of six.
    public override async IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // Only the identifier the channel uses is probed: the phone for SMS and calls, the e-mail for e-mail, both otherwise.
        // Scopes are organisation ids (letters, digits, '.', '_', '-') and 'global': inlined as literals, a constant list
        // the planner probes directly, which measured faster than a json_each subquery over a million rows.
        var inScopes = "(" + string.Join(", ", scopes.Select(s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
        var probes = (!anySuppression ? "0, 0"
            : channel is "sms" or "voice" ? PhoneProbe + ", 0"
            : channel == "email" ? "0, " + EmailProbe
            : SuppressionProbes).Replace("(SELECT value FROM json_each(@scopes))", inScopes, StringComparison.Ordinal);
        var sql = GateSelect(probes, GateSealColumns)
            + " WHERE c.org_id = @o" + (contactIds is null ? "" : " AND c.contact_id IN (SELECT value FROM json_each(@ids))")
            + " ORDER BY c.contact_id";
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            Bind(statement, db, "@p", purpose);
            Bind(statement, db, "@ch", channel);
            Bind(statement, db, "@o", orgId);
            Bind(statement, db, "@scopes", StoredJson.Strings(scopes));
            Bind(statement, db, "@ids", contactIds is null ? null : StoredJson.Strings(contactIds));
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var row = new GateRow
                {
                    ContactId = System.Text.Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 0)),
                    Exists = true,
                    BirthDate = Shared(statement, 1, shared, lookup),
                    Zones = Shared(statement, 2, shared, lookup),
                    PhoneSuppressed = raw.sqlite3_column_int64(statement, 3) != 0,
                    EmailSuppressed = raw.sqlite3_column_int64(statement, 4) != 0,
                    Status = Shared(statement, 5, shared, lookup),
                    Basis = Shared(statement, 6, shared, lookup),
                    ExpiresAt = raw.sqlite3_column_type(statement, 7) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement, 7),
                    FromDataSubject = raw.sqlite3_column_int64(statement, 8) != 0,
                    Parental = raw.sqlite3_column_int64(statement, 9) != 0,
                    SendWindow = Shared(statement, 10, shared, lookup),
                };
                row.Seal = PackSeal(statement, orgId, purpose, channel);
                yield return row;
                if (shared.Count > 10_000)
                {
                    shared.Clear();
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc, db);
            }
        }
    }

    private static long? Number(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement, column);

    // The batch's check of the contact's and the consent's keyed hashes, prepared from the bytes SQLite returns: the same
    // canonical form as RowSeals.Contact and RowSeals.State (same fields, same order), without a string per column. The
    // hashing itself runs in the deciding stage, and only for rows the other rules allow (SendGate.CheckManyAsync).
    // Columns are GateSelect's and GateSealColumns'.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_seal;

    private static byte[] PackSeal(sqlite3_stmt statement, string orgId, string purpose, string channel)
    {
        RowSeals.Fields Utf8(RowSeals.Fields f, int column) => f.Utf8(raw.sqlite3_column_blob(statement, column), raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL);

        var packed = t_seal ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        packed.ResetWrittenCount();
        var contact = RowSeals.Fields.Start(RowSeals.Contacts).Text(orgId);
        contact = Utf8(contact, 0);
        contact = Utf8(contact, 13);
        contact = Utf8(contact, 1);
        contact = Utf8(contact, 14);
        contact = Utf8(contact, 2);
        contact = Utf8(contact, 11);
        contact = Utf8(contact, 12);
        contact = Utf8(contact, 15).Number(Number(statement, 16));
        RowSeals.Pack(packed, contact, raw.sqlite3_column_blob(statement, 17));
        if (raw.sqlite3_column_type(statement, 5) != raw.SQLITE_NULL)
        {
            var state = RowSeals.Fields.Start(RowSeals.States).Text(orgId);
            state = Utf8(state, 0).Text(purpose).Text(channel);
            state = Utf8(state, 5);
            state = Utf8(state, 6).Number(Number(statement, 18)).Number(Number(statement, 7));
            state = Utf8(state, 19).Number(Number(statement, 20)).Number(raw.sqlite3_column_int64(statement, 9)).Number(raw.sqlite3_column_int64(statement, 8));
            state = Utf8(state, 10);
            RowSeals.Pack(packed, state, raw.sqlite3_column_blob(statement, 21));
        }

        return packed.WrittenSpan.ToArray();
    }

    private static void Bind(sqlite3_stmt statement, sqlite3 db, string name, string? value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index > 0)
        {
            Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value), db);
        }
    }

    private static string? Shared(sqlite3_stmt statement, int column, Dictionary<string, string> shared, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        if (raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL)
        {
            return null;
        }

        var bytes = raw.sqlite3_column_blob(statement, column);
        if (bytes.Length > 256)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        Span<char> chars = stackalloc char[bytes.Length];
        var length = System.Text.Encoding.UTF8.GetChars(bytes, chars);
        if (!lookup.TryGetValue(chars[..length], out var value))
        {
            value = new string(chars[..length]);
            shared[value] = value;
        }

        return value;
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private static GateRow ReadGateRow(SqliteDataReader reader) => new()
    {
        ContactId = reader.GetString(0),
        Exists = true,
        BirthDate = reader.IsDBNull(1) ? null : reader.GetString(1),
        Zones = reader.IsDBNull(2) ? null : reader.GetString(2),
        Status = reader.IsDBNull(5) ? null : reader.GetString(5),
        Basis = reader.IsDBNull(6) ? null : reader.GetString(6),
        ExpiresAt = reader.IsDBNull(7) ? null : reader.GetInt64(7),
        FromDataSubject = reader.GetInt64(8) != 0,
        Parental = reader.GetInt64(9) != 0,
        SendWindow = reader.IsDBNull(10) ? null : reader.GetString(10),
    };

    public override Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null)
    {
        using var connection = _reads.Rent();
        var command = connection.Command(
            """
            SELECT COUNT(*), MIN(sent_at) FROM sends
            WHERE org_id = @o AND contact_id = @c AND channel = @ch AND sent_at > @since AND sent_at < @until AND (@p IS NULL OR purpose = @p)
              AND (@m IS NULL OR message_id IS NULL OR message_id <> @m)
            """,
            "@o", "@c", "@ch", "@since", "@p", "@until", "@m");
        command.Parameters[0].Value = orgId;
        command.Parameters[1].Value = contactId;
        command.Parameters[2].Value = channel;
        command.Parameters[3].Value = sinceTicks;
        command.Parameters[4].Value = (object?)purpose ?? DBNull.Value;
        command.Parameters[5].Value = untilTicks;
        command.Parameters[6].Value = (object?)excludeMessageId ?? DBNull.Value;
        using var reader = command.ExecuteReader();
        reader.Read();
        return Task.FromResult(new SendCount(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)));
    }

    public override async Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT EXISTS (SELECT 1 FROM suppressions WHERE scope IN (SELECT value FROM json_each(@scopes)))",
            new { scopes = StoredJson.Strings(scopes) }).ConfigureAwait(false) != 0;
    }

    public override async Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM suppressions WHERE identifier_hmac = @identifierHmac AND scope IN (SELECT value FROM json_each(@scopes))",
            new { identifierHmac, scopes = StoredJson.Strings(scopes) }).ConfigureAwait(false) > 0;
    }

    public override async Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT MIN(created_at) FROM suppressions WHERE identifier_hmac IN (SELECT value FROM json_each(@hmacs)) AND scope IN (SELECT value FROM json_each(@scopes))",
            new { hmacs = StoredJson.Strings(identifierHmacs), scopes = StoredJson.Strings(scopes) }).ConfigureAwait(false);
    }

    // Explanations are read one at a time at a high rate (a web page, a WHY reply): a rented connection and a prepared statement.
    public override Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command($"SELECT {StoreColumns.SendRecordColumns} FROM send_records WHERE org_id = @o AND message_id = @m", "@o", "@m");
        command.Parameters[0].Value = orgId;
        command.Parameters[1].Value = messageId;
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? ReadSendRecord(reader) : null);
    }

    public override async Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<SendRecordRow>(
            $"""
            SELECT {StoreColumns.SendRecordColumns} FROM send_records
            WHERE org_id = @orgId AND channel = @channel AND contact_id IN (SELECT value FROM json_each(@ids))
            ORDER BY sent_at DESC, seq DESC LIMIT 1
            """,
            new { orgId, channel, ids = StoredJson.Strings(contactIds) }).ConfigureAwait(false);
    }

    // After an erasure: the WAL still holds the pages as they were before; copying them into the file and truncating the
    // WAL leaves the erased bytes nowhere on disk (secure_delete has zeroed them in the file).
    // A reader's open snapshot keeps the WAL (and the old pages in it) alive: the checkpoint then reports busy. Readers in
    // ConsentKit are short, so a few retries usually suffice; a long one is reported, never hidden.
    public override async Task<ErasureCopies> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var result = await connection.QuerySingleAsync<CheckpointRow>("PRAGMA wal_checkpoint(TRUNCATE)").ConfigureAwait(false);
            var (busy, log, moved) = (result.Busy, result.Log, result.Checkpointed);
            if (busy == 0 && log <= 0 && moved <= 0)
            {
                return new ErasureCopies([], OutOfReach);
            }

            if (attempt == 20)
            {
                return new ErasureCopies(["the store's write-ahead log (" + Path.GetFileName(DataSource) + "-wal): another process still reads an older snapshot of the store; erase again once it has finished"], OutOfReach);
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly string[] OutOfReach = ["backups and copies of the store file made outside ConsentKit"];






    private static SendRecordRow ReadSendRecord(SqliteDataReader r) => new()
    {
        OrgId = r.GetString(0),
        MessageId = r.GetString(1),
        ContactId = r.GetString(2),
        Channel = r.GetString(3),
        Purpose = r.GetString(4),
        Campaign = r.IsDBNull(5) ? null : r.GetString(5),
        SentAt = r.GetInt64(6),
        RecordedAt = r.GetInt64(7),
        RegisterEntry = r.IsDBNull(8) ? null : r.GetString(8),
        ConsentEventId = r.IsDBNull(9) ? null : r.GetString(9),
        GateAllowed = r.GetBoolean(10),
        Facts = r.GetString(11),
        RecordSha256 = r.GetString(12),
        Body = r.IsDBNull(13) ? null : r.GetString(13),
    };

    protected override ISegmentDialect Dialect => SqliteSegmentDialect.Instance;

    protected override async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static ConsentKitException NewerVersion(long version) => new(
        "store.newer-version",
        $"This store has schema version {version}, written by a newer ConsentKit; this version reads up to {LatestSchemaVersion}. Upgrade ConsentKit; the file was not changed.");

    private static List<string> LoadMigrations()
    {
        var assembly = typeof(SqliteConsentStore).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Storage.Sqlite.Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            })
            .ToList();
    }

    private sealed class SqliteWriteSession : DapperWriteSession
    {
        private readonly SqliteConsentStore _store;
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly List<string> _applied = [];

        public SqliteWriteSession(SqliteConsentStore store, SqliteConnection connection, SqliteTransaction transaction)
            : base(connection, transaction, store.Seals)
        {
            _store = store;
            _connection = connection;
            _transaction = transaction;
        }

        protected override ISegmentDialect Dialect => SqliteSegmentDialect.Instance;

        public override Task ForgetOptOutsAsync(IReadOnlyList<string> entryIds)
        {
            _applied.AddRange(entryIds);
            return Task.CompletedTask;
        }

        // The journal is another file, so its entries leave it only once the store's commit made them redundant. A crash
        // between the two commits replays them: their withdrawals carry idempotency keys, suppressions are upserts.
        public override async Task CommitAsync()
        {
            await base.CommitAsync().ConfigureAwait(false);
            if (_applied.Count > 0)
            {
                await _store.ForgetJournalEntriesAsync(_applied).ConfigureAwait(false);
            }
        }

        public override async Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys)
        {
            // One query for any number of keys: the list travels as one JSON parameter, probed against the index.
            var rows = await _connection.QueryAsync<EventRow>(
                $"SELECT {StoreColumns.EventColumns} FROM ledger_events WHERE org_id = @orgId AND idempotency_key IN (SELECT value FROM json_each(@keys))",
                new { orgId, keys = StoredJson.Strings(keys) }, _transaction).ConfigureAwait(false);
            return rows.AsList();
        }

        public override async Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds)
        {
            // Only what the writer needs (existence, age check, change detection): mapping whole rows cost more than the lookup.
            var rows = await _connection.QueryAsync<ContactRow>(
                "SELECT contact_id AS ContactId, birth_date AS BirthDate, personal_hmac AS PersonalHmac, row_mac AS RowMac FROM contacts WHERE org_id = @orgId AND contact_id IN (SELECT value FROM json_each(@ids))",
                new { orgId, ids = StoredJson.Strings(contactIds) }, _transaction).ConfigureAwait(false);
            return rows.AsList();
        }

        public override async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys)
        {
            var found = new List<StateRow>();
            foreach (var key in keys)
            {
                var row = await _connection.QuerySingleOrDefaultAsync<StateRow>(
                    $"SELECT {StoreColumns.StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @ContactId AND purpose = @Purpose AND channel = @Channel",
                    new { orgId, key.ContactId, key.Purpose, key.Channel }, _transaction).ConfigureAwait(false);
                if (row is not null)
                {
                    found.Add(row);
                }
            }

            return found;
        }

        public override Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows) =>
            BulkAsync(
                """
                INSERT INTO contacts (org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                                      updated_at, time_zone, zones, phone_hmac, email_hmac, attributes, row_mac, country)
                VALUES (@OrgId, @ContactId, @FirstName, @LastName, @Phone, @Email, @Language, @PostalCode, @BirthDate, @PersonalHmac,
                        @UpdatedAt, @TimeZone, @Zones, @PhoneHmac, @EmailHmac, @Attributes, @RowMac, @Country)
                ON CONFLICT (org_id, contact_id) DO UPDATE SET
                    first_name = excluded.first_name, last_name = excluded.last_name, phone = excluded.phone, email = excluded.email,
                    language = excluded.language, postal_code = excluded.postal_code, birth_date = excluded.birth_date,
                    personal_hmac = excluded.personal_hmac, updated_at = excluded.updated_at, time_zone = excluded.time_zone,
                    zones = excluded.zones, phone_hmac = excluded.phone_hmac, email_hmac = excluded.email_hmac,
                    attributes = excluded.attributes, erased_at = NULL, row_mac = excluded.row_mac, country = excluded.country
                """,
                ContactBindings, SealContacts(rows));

        protected override async Task AppendEventsAsync(IReadOnlyList<EventRow> events, ChainHead head)
        {
            await BulkAsync(StoreSql.InsertEvent, EventBindings, events).ConfigureAwait(false);
            await BulkAsync(UpsertStateSql, StateBindings, SealStates(events)).ConfigureAwait(false);
            await MoveHeadAsync(head).ConfigureAwait(false);
        }

        // Bulk writes go through SQLite's own API: one prepared statement, parameters bound by position, reset per row.
        // Microsoft.Data.Sqlite looks each parameter up by name on every execution, which cost more than the insert itself
        // on 100k-row imports (docs/performance.md).
        private Task BulkAsync<T>(string sql, (string Name, Func<T, object?> Value)[] bindings, IReadOnlyList<T> rows)
        {
            if (rows.Count == 0)
            {
                return Task.CompletedTask;
            }

            var db = _connection.Handle!;
            Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
            using (statement)
            {
                var positions = bindings.Select(b => raw.sqlite3_bind_parameter_index(statement, b.Name)).ToArray();
                foreach (var row in rows)
                {
                    for (var i = 0; i < bindings.Length; i++)
                    {
                        Check(bindings[i].Value(row) switch
                        {
                            null => raw.sqlite3_bind_null(statement, positions[i]),
                            string text => raw.sqlite3_bind_text(statement, positions[i], text),
                            long number => raw.sqlite3_bind_int64(statement, positions[i], number),
                            bool flag => raw.sqlite3_bind_int64(statement, positions[i], flag ? 1 : 0),
                            var other => throw new InvalidOperationException($"No binding for {other.GetType().Name}."),
                        }, db);
                    }

                    if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                    {
                        Check(raw.sqlite3_errcode(db), db);
                    }

                    raw.sqlite3_reset(statement);
                }
            }

            return Task.CompletedTask;
        }

        // One indexed lookup per id with a prepared statement: an IN over json_each let the planner scan the whole table
        // once per id, which grew with every batch recorded.
        public override Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"SELECT {StoreColumns.SendRecordColumns} FROM send_records WHERE org_id = @o AND message_id = @m";
            command.Parameters.AddWithValue("@o", orgId);
            var id = command.Parameters.Add("@m", SqliteType.Text);
            command.Prepare();
            var rows = new List<SendRecordRow>();
            foreach (var messageId in messageIds)
            {
                id.Value = messageId;
                using var reader = command.ExecuteReader();
                if (reader.Read())
                {
                    rows.Add(ReadSendRecord(reader));
                }
            }

            return Task.FromResult<IReadOnlyList<SendRecordRow>>(rows);
        }

        // One prepared statement for the whole batch: recording is meant to keep up with a sending tool's throughput.
        public override Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText =
                """
                INSERT INTO send_records (org_id, message_id, contact_id, channel, purpose, campaign, sent_at, recorded_at, register_entry,
                                          consent_event_id, gate_allowed, facts, record_sha256, body)
                VALUES (@o, @m, @c, @ch, @p, @camp, @s, @r, @e, @ev, @g, @f, @h, @b)
                """;
            var names = new[] { "@o", "@m", "@c", "@ch", "@p", "@camp", "@s", "@r", "@e", "@ev", "@g", "@f", "@h", "@b" };
            var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                parameters[0].Value = row.OrgId;
                parameters[1].Value = row.MessageId;
                parameters[2].Value = row.ContactId;
                parameters[3].Value = row.Channel;
                parameters[4].Value = row.Purpose;
                parameters[5].Value = (object?)row.Campaign ?? DBNull.Value;
                parameters[6].Value = row.SentAt;
                parameters[7].Value = row.RecordedAt;
                parameters[8].Value = (object?)row.RegisterEntry ?? DBNull.Value;
                parameters[9].Value = (object?)row.ConsentEventId ?? DBNull.Value;
                parameters[10].Value = row.GateAllowed;
                parameters[11].Value = row.Facts;
                parameters[12].Value = row.RecordSha256;
                parameters[13].Value = (object?)row.Body ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            return Task.CompletedTask;
        }

        // BEGIN IMMEDIATE already excludes every other writer of the file for the whole session.
        public override Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes) => Task.CompletedTask;
    }
}

/// <summary>What <c>PRAGMA wal_checkpoint</c> answers, by its column names.</summary>
internal sealed class CheckpointRow
{
    public long Busy { get; set; }
    public long Log { get; set; }
    public long Checkpointed { get; set; }
}
