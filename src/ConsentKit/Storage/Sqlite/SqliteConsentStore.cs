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
internal sealed class SqliteConsentStore : IConsentStore, IDisposable
{

    // The latest event by (occurred_at, chain_seq) sets the state: an old consent imported late never overrides a newer withdrawal.
    private const string UpsertStateSql = """
        INSERT INTO consent_state (org_id, contact_id, purpose, channel, status, basis, since, expires_at, event_id, chain_seq,
                                   parental, from_data_subject, send_window)
        VALUES (@OrgId, @ContactId, @Purpose, @Channel,
                CASE @Kind WHEN 'withdrawn' THEN 'withdrawn' ELSE 'granted' END,
                @Basis, @OccurredAt, @ExpiresAt, @EventId, @ChainSeq,
                CASE @Kind WHEN 'parental_granted' THEN 1 ELSE 0 END, @FromDataSubject, @SendWindow)
        ON CONFLICT (org_id, contact_id, purpose, channel) DO UPDATE SET
            status = excluded.status, basis = excluded.basis, since = excluded.since,
            expires_at = excluded.expires_at, event_id = excluded.event_id, chain_seq = excluded.chain_seq,
            parental = excluded.parental, from_data_subject = excluded.from_data_subject, send_window = excluded.send_window
        WHERE excluded.since > consent_state.since
           OR (excluded.since = consent_state.since AND excluded.chain_seq > consent_state.chain_seq)
        """;



    private static readonly string ChainSelect = StoreColumns.EventColumns.Replace("chain_seq AS ChainSeq", "CAST(chain_seq AS INTEGER) AS ChainSeq", StringComparison.Ordinal);

    private const int PageSize = 5000;

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
        ("@CollectedBy", e => e.CollectedBy), ("@Guardian", e => e.Guardian),
    ];

    private static readonly (string Name, Func<EventRow, object?> Value)[] StateBindings =
    [
        ("@OrgId", e => e.OrgId), ("@ContactId", e => e.ContactId), ("@Purpose", e => e.Purpose), ("@Channel", e => e.Channel),
        ("@Kind", e => e.Kind), ("@Basis", e => e.Basis), ("@OccurredAt", e => e.OccurredAt), ("@ExpiresAt", e => e.ExpiresAt),
        ("@EventId", e => e.EventId), ("@ChainSeq", e => e.ChainSeq), ("@FromDataSubject", e => e.FromDataSubject),
        ("@SendWindow", e => e.SendWindow),
    ];

    private static readonly (string Name, Func<ContactRow, object?> Value)[] ContactBindings =
    [
        ("@OrgId", c => c.OrgId), ("@ContactId", c => c.ContactId), ("@FirstName", c => c.FirstName), ("@LastName", c => c.LastName),
        ("@Phone", c => c.Phone), ("@Email", c => c.Email), ("@Language", c => c.Language), ("@PostalCode", c => c.PostalCode),
        ("@BirthDate", c => c.BirthDate), ("@PersonalHmac", c => c.PersonalHmac), ("@UpdatedAt", c => c.UpdatedAt),
        ("@TimeZone", c => c.TimeZone), ("@Zones", c => c.Zones), ("@PhoneHmac", c => c.PhoneHmac), ("@EmailHmac", c => c.EmailHmac),
        ("@Attributes", c => c.Attributes),
    ];

    private readonly string _connectionString;
    private readonly SqliteReadPool _reads;

    public SqliteConsentStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _reads = new SqliteReadPool(_connectionString);
    }

    public string DataSource { get; }

    public int SchemaVersion => LatestSchemaVersion;

    internal static int LatestSchemaVersion => Migrations.Value.Count;

    private static readonly Lazy<IReadOnlyList<string>> Migrations = new(LoadMigrations);

    public async Task MigrateAsync(CancellationToken cancellationToken)
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

        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('personal_data_key', @key)",
            new { key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            transaction).ConfigureAwait(false);
        await connection.ExecuteAsync($"PRAGMA user_version = {LatestSchemaVersion}", transaction: transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT value FROM meta WHERE key = @key", new { key }).ConfigureAwait(false);
    }

    public async Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A consent record is legal proof: FULL makes a commit durable across power loss, not just a process crash.
            // A 64 MB page cache keeps a large import's index pages in memory instead of spilling them to the WAL page by page.
            // secure_delete: what a write removes is overwritten with zeros, not just unlinked, so an erased person's bytes
            // do not linger in free pages (R59).
            await connection.ExecuteAsync("PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; PRAGMA secure_delete = ON").ConfigureAwait(false);

            // Deferred: false takes the write lock now (BEGIN IMMEDIATE), so two writers never deadlock on an upgrade.
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqliteWriteSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<ContactRow?> FindContactAsync(string orgId, string by, string value, CancellationToken cancellationToken)
    {
        var column = by switch
        {
            "id" => "contact_id",
            "phone" => "phone",
            "email" => "email",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<ContactRow>(
            $"SELECT {StoreColumns.ContactColumns} FROM contacts WHERE org_id = @orgId AND {column} = @value ORDER BY contact_id LIMIT 1",
            new { orgId, value }).ConfigureAwait(false);
    }

    // The hottest read (every state lookup, every gate check): a rented connection, a prepared statement, columns read by position.
    public Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
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

    public void Dispose() => _reads.Dispose();

    public async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StateRow>(
            $"SELECT {StoreColumns.StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @contactId ORDER BY purpose, channel",
            new { orgId, contactId }).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<IReadOnlyList<EventRow>> GetContactEventsAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<EventRow>(
            $"SELECT {StoreColumns.EventColumns} FROM ledger_events WHERE org_id = @orgId AND contact_id = @contactId ORDER BY chain_seq",
            new { orgId, contactId }).ConfigureAwait(false);
        return rows.AsList();
    }

    // Read once per send recorded: a rented connection and a prepared statement, like the gate's own lookups.
    public Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
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

    public async Task<IReadOnlyList<string>> GetChainIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            "SELECT org_id FROM chain_heads UNION SELECT DISTINCT org_id FROM ledger_events ORDER BY 1").ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<ChainHead?> GetHeadAsync(string orgId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHeadAsync(connection, null, orgId).ConfigureAwait(false);
    }

    public async Task<double?> GetEventPositionAsync(string orgId, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<double?>(
            "SELECT CAST(chain_seq AS REAL) FROM ledger_events WHERE org_id = @orgId AND event_id = @eventId", new { orgId, eventId }).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        double after = double.MinValue;
        while (true)
        {
            // chain_seq is read as a number on purpose: a row smuggled in at a fractional position still shows up in order.
            var page = (await connection.QueryAsync<EventRow>(
                $"SELECT CAST(chain_seq AS REAL) AS ChainPosition, {ChainSelect} " +
                "FROM ledger_events WHERE org_id = @orgId AND chain_seq > @after ORDER BY chain_seq LIMIT @limit",
                new { orgId, after, limit = PageSize }).ConfigureAwait(false)).AsList();
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            after = page[^1].ChainPosition;
        }
    }

    public async IAsyncEnumerable<ContactRow> ReadContactsAsync(string orgId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var after = string.Empty;
        while (true)
        {
            var page = (await connection.QueryAsync<ContactRow>(
                $"SELECT {StoreColumns.ContactColumns} FROM contacts WHERE org_id = @orgId AND contact_id > @after ORDER BY contact_id LIMIT @limit",
                new { orgId, after, limit = PageSize }).ConfigureAwait(false)).AsList();
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            after = page[^1].ContactId;
        }
    }

    public async Task<IReadOnlyList<OrganisationRow>> GetOrganisationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OrganisationRow>(
            "SELECT id AS Id, name AS Name, parent_id AS ParentId, created_at AS CreatedAt FROM organisations ORDER BY id").ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<IReadOnlyList<SharingRow>> GetSharingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SharingRow>(
            "SELECT from_org AS FromOrg, to_org AS ToOrg, purposes AS Purposes, declared_at AS DeclaredAt FROM organisation_sharing ORDER BY from_org, to_org").ConfigureAwait(false);
        return rows.AsList();
    }

    private static string GateSelect(string identifiers) => $"""
        SELECT c.contact_id, c.birth_date, c.zones, {identifiers},
               s.status, s.basis, s.expires_at, COALESCE(s.from_data_subject, 1), COALESCE(s.parental, 0), s.send_window
        FROM contacts c
        LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = @p AND s.channel = @ch
        """;

    private const string PhoneProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope IN (SELECT value FROM json_each(@scopes)))";
    private const string EmailProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.email_hmac AND x.scope IN (SELECT value FROM json_each(@scopes)))";
    private const string SuppressionProbes = PhoneProbe + ", " + EmailProbe;

    private static readonly string GateSingleSql = GateSelect(SuppressionProbes) + " WHERE c.org_id = @o AND c.contact_id = @c";

    public Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command(GateSingleSql, "@p", "@ch", "@scopes", "@o", "@c");
        command.Parameters[0].Value = purpose;
        command.Parameters[1].Value = channel;
        command.Parameters[2].Value = JsonSerializer.Serialize(scopes);
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
        return Task.FromResult(row);
    }

    // Batches read a million rows: SQLite's own API, with the few distinct values (status, basis, zones, windows) decoded
    // once and shared, so that a row costs one string (its contact id) instead of six.
    public async IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, [EnumeratorCancellation] CancellationToken cancellationToken)
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
        var sql = GateSelect(probes)
            + " WHERE c.org_id = @o" + (contactIds is null ? "" : " AND c.contact_id IN (SELECT value FROM json_each(@ids))")
            + " ORDER BY c.contact_id";
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            Bind(statement, db, "@p", purpose);
            Bind(statement, db, "@ch", channel);
            Bind(statement, db, "@o", orgId);
            Bind(statement, db, "@scopes", JsonSerializer.Serialize(scopes));
            Bind(statement, db, "@ids", contactIds is null ? null : JsonSerializer.Serialize(contactIds));
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                yield return new GateRow
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

    public Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null)
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

    public async Task<IReadOnlyDictionary<string, SendCount>> CountSendsByContactAsync(string orgId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string ContactId, int Count, long Oldest)>(
            "SELECT contact_id, COUNT(*), MIN(sent_at) FROM sends WHERE org_id = @orgId AND channel = @channel AND sent_at > @sinceTicks AND (@purpose IS NULL OR purpose = @purpose) GROUP BY contact_id",
            new { orgId, channel, sinceTicks, purpose }).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ContactId, r => new SendCount(r.Count, r.Oldest), StringComparer.Ordinal);
    }

    public async Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT EXISTS (SELECT 1 FROM suppressions WHERE scope IN (SELECT value FROM json_each(@scopes)))",
            new { scopes = JsonSerializer.Serialize(scopes) }).ConfigureAwait(false) != 0;
    }

    public async Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM suppressions WHERE identifier_hmac = @identifierHmac AND scope IN (SELECT value FROM json_each(@scopes))",
            new { identifierHmac, scopes = JsonSerializer.Serialize(scopes) }).ConfigureAwait(false) > 0;
    }

    public async Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT MIN(created_at) FROM suppressions WHERE identifier_hmac IN (SELECT value FROM json_each(@hmacs)) AND scope IN (SELECT value FROM json_each(@scopes))",
            new { hmacs = JsonSerializer.Serialize(identifierHmacs), scopes = JsonSerializer.Serialize(scopes) }).ConfigureAwait(false);
    }

    public async Task<TargetingRegisterRow?> GetTargetingEntryAsync(string orgId, string entryId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<TargetingRegisterRow>(
            $"SELECT {StoreColumns.RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND entry_id = @entryId", new { orgId, entryId }).ConfigureAwait(false);
    }

    // Explanations are read one at a time at a high rate (a web page, a WHY reply): a rented connection and a prepared statement.
    public Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken)
    {
        using var connection = _reads.Rent();
        var command = connection.Command($"SELECT {StoreColumns.SendRecordColumns} FROM send_records WHERE org_id = @o AND message_id = @m", "@o", "@m");
        command.Parameters[0].Value = orgId;
        command.Parameters[1].Value = messageId;
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? ReadSendRecord(reader) : null);
    }

    public async Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<SendRecordRow>(
            $"""
            SELECT {StoreColumns.SendRecordColumns} FROM send_records
            WHERE org_id = @orgId AND channel = @channel AND contact_id IN (SELECT value FROM json_each(@ids))
            ORDER BY sent_at DESC, seq DESC LIMIT 1
            """,
            new { orgId, channel, ids = JsonSerializer.Serialize(contactIds) }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SendRecordRow>> GetContactSendRecordsAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<SendRecordRow>(
            $"SELECT {StoreColumns.SendRecordColumns} FROM send_records WHERE org_id = @orgId AND contact_id = @contactId ORDER BY sent_at, seq",
            new { orgId, contactId }).ConfigureAwait(false)).AsList();
    }

    public async Task<ExplanationLinkRow?> GetExplanationLinkAsync(string codeSha256, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<ExplanationLinkRow>(
            $"SELECT {StoreColumns.LinkColumns} FROM explanation_links WHERE code_sha256 = @codeSha256", new { codeSha256 }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ErasureRow>> GetErasuresAsync(string orgId, string? contactId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<ErasureRow>(
            """
            SELECT erasure_id AS ErasureId, org_id AS OrgId, contact_id AS ContactId, erased_at AS ErasedAt, requested_by AS RequestedBy,
                   counts AS Counts, kept AS Kept
            FROM erasures WHERE org_id = @orgId AND (@contactId IS NULL OR contact_id = @contactId) ORDER BY erased_at
            """, new { orgId, contactId }).ConfigureAwait(false)).AsList();
    }

    // After an erasure: the WAL still holds the pages as they were before; copying them into the file and truncating the
    // WAL leaves the erased bytes nowhere on disk (secure_delete has zeroed them in the file).
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)").ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> GetRetentionCandidatesAsync(string orgId, long cutoffTicks, long nowTicks, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<string>(StoreSql.RetentionCandidates, new { orgId, cutoffTicks, nowTicks, limit }).ConfigureAwait(false)).AsList();
    }

    public async Task<long> CountSendRecordsBeforeAsync(string orgId, long beforeTicks, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IncidentRow>> GetIncidentsAsync(string orgId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<IncidentRow>($"SELECT {StoreColumns.IncidentColumns} FROM incidents WHERE org_id = @orgId ORDER BY aware_at, incident_id", new { orgId }).ConfigureAwait(false)).AsList();
    }


    public async Task<IReadOnlyList<SendRecordRow>> GetSendRecordsBetweenAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<SendRecordRow>(
            $"SELECT {StoreColumns.SendRecordColumns} FROM send_records WHERE org_id = @orgId AND sent_at >= @fromTicks AND sent_at < @toTicks ORDER BY sent_at, seq",
            new { orgId, fromTicks, toTicks }).ConfigureAwait(false)).AsList();
    }

    public async Task<long> CountStopsAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(DISTINCT contact_id) FROM ledger_events
            WHERE org_id = @orgId AND kind = 'withdrawn' AND source = 'inbound_sms' AND occurred_at >= @fromTicks AND occurred_at < @toTicks
            """, new { orgId, fromTicks, toTicks }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RequestRow>> GetRequestsAsync(string orgId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<RequestRow>(
            $"SELECT {StoreColumns.RequestColumns} FROM requests WHERE org_id = @orgId ORDER BY received_at, request_id", new { orgId }).ConfigureAwait(false)).AsList();
    }





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

    public async Task<IReadOnlyList<ContactRow>> FindContactsByPhoneAsync(string orgId, string phone, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ContactRow>(
            $"SELECT {StoreColumns.ContactColumns} FROM contacts WHERE org_id = @orgId AND phone = @phone ORDER BY contact_id", new { orgId, phone }).ConfigureAwait(false);
        return rows.AsList();
    }

    public async IAsyncEnumerable<string> StreamSegmentAsync(SegmentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One read transaction streams the whole result: WAL readers see a stable snapshot and never block writers.
        var (where, parameters) = SegmentSql.Compile(query, SqliteSegmentDialect.Instance);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition($"SELECT c.contact_id FROM contacts c WHERE {where} ORDER BY c.contact_id", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    public async Task<long> CountSegmentAsync(SegmentQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = SegmentSql.Compile(query, SqliteSegmentDialect.Instance);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            new CommandDefinition($"SELECT COUNT(*) FROM contacts c WHERE {where}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TargetingRegisterRow>> GetTargetingRegisterAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TargetingRegisterRow>(
            new CommandDefinition(
                $"SELECT {StoreColumns.RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND recorded_at >= @fromTicks AND recorded_at < @toTicks ORDER BY seq",
                new { orgId, fromTicks, toTicks }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.AsList();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static Task<ChainHead?> ReadHeadAsync(SqliteConnection connection, SqliteTransaction? transaction, string orgId) =>
        connection.QuerySingleOrDefaultAsync<ChainHead>(
            "SELECT org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, hash AS Hash FROM chain_heads WHERE org_id = @orgId",
            new { orgId }, transaction);

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

    private sealed class SqliteWriteSession(SqliteConnection connection, SqliteTransaction transaction) : IStoreWriteSession
    {
        private bool _committed;

        public Task SetMetaAsync(string key, string value) =>
            connection.ExecuteAsync(
                "INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                new { key, value }, transaction);

        public async Task<bool> OrganisationExistsAsync(string orgId) =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM organisations WHERE id = @orgId", new { orgId }, transaction).ConfigureAwait(false) > 0;

        public Task UpsertOrganisationAsync(OrganisationRow row) =>
            connection.ExecuteAsync(
                """
                INSERT INTO organisations (id, name, parent_id, created_at) VALUES (@Id, @Name, @ParentId, @CreatedAt)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id
                """,
                row, transaction);

        public Task UpsertSharingAsync(SharingRow row) =>
            connection.ExecuteAsync(
                """
                INSERT INTO organisation_sharing (from_org, to_org, purposes, declared_at) VALUES (@FromOrg, @ToOrg, @Purposes, @DeclaredAt)
                ON CONFLICT (from_org, to_org) DO UPDATE SET purposes = excluded.purposes, declared_at = excluded.declared_at
                """,
                row, transaction);

        public async Task ReplacePurposesAsync(IEnumerable<(string Name, string Lifetime, string Bases, string Source)> purposes)
        {
            await connection.ExecuteAsync("DELETE FROM purposes", transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO purposes (name, lifetime, bases, source) VALUES (@Name, @Lifetime, @Bases, @Source)",
                purposes.Select(p => new { p.Name, p.Lifetime, p.Bases, p.Source }), transaction).ConfigureAwait(false);
        }

        public Task<ChainHead?> GetHeadAsync(string orgId) => ReadHeadAsync(connection, transaction, orgId);

        public async Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys)
        {
            // One query for any number of keys: the list travels as one JSON parameter, probed against the index.
            var rows = await connection.QueryAsync<EventRow>(
                $"SELECT {StoreColumns.EventColumns} FROM ledger_events WHERE org_id = @orgId AND idempotency_key IN (SELECT value FROM json_each(@keys))",
                new { orgId, keys = JsonSerializer.Serialize(keys) }, transaction).ConfigureAwait(false);
            return rows.AsList();
        }

        public async Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds)
        {
            // Only what the writer needs (existence, age check, change detection): mapping whole rows cost more than the lookup.
            var rows = await connection.QueryAsync<ContactRow>(
                "SELECT contact_id AS ContactId, birth_date AS BirthDate, personal_hmac AS PersonalHmac FROM contacts WHERE org_id = @orgId AND contact_id IN (SELECT value FROM json_each(@ids))",
                new { orgId, ids = JsonSerializer.Serialize(contactIds) }, transaction).ConfigureAwait(false);
            return rows.AsList();
        }

        public async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys)
        {
            var found = new List<StateRow>();
            foreach (var key in keys)
            {
                var row = await connection.QuerySingleOrDefaultAsync<StateRow>(
                    $"SELECT {StoreColumns.StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @ContactId AND purpose = @Purpose AND channel = @Channel",
                    new { orgId, key.ContactId, key.Purpose, key.Channel }, transaction).ConfigureAwait(false);
                if (row is not null)
                {
                    found.Add(row);
                }
            }

            return found;
        }

        public Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows) =>
            BulkAsync(
                """
                INSERT INTO contacts (org_id, contact_id, first_name, last_name, phone, email, language, postal_code, birth_date, personal_hmac,
                                      updated_at, time_zone, zones, phone_hmac, email_hmac, attributes)
                VALUES (@OrgId, @ContactId, @FirstName, @LastName, @Phone, @Email, @Language, @PostalCode, @BirthDate, @PersonalHmac,
                        @UpdatedAt, @TimeZone, @Zones, @PhoneHmac, @EmailHmac, @Attributes)
                ON CONFLICT (org_id, contact_id) DO UPDATE SET
                    first_name = excluded.first_name, last_name = excluded.last_name, phone = excluded.phone, email = excluded.email,
                    language = excluded.language, postal_code = excluded.postal_code, birth_date = excluded.birth_date,
                    personal_hmac = excluded.personal_hmac, updated_at = excluded.updated_at, time_zone = excluded.time_zone,
                    zones = excluded.zones, phone_hmac = excluded.phone_hmac, email_hmac = excluded.email_hmac,
                    attributes = excluded.attributes, erased_at = NULL
                """,
                ContactBindings, rows);

        public async Task AppendAsync(IReadOnlyList<EventRow> events, ChainHead head)
        {
            await BulkAsync(StoreSql.InsertEvent, EventBindings, events).ConfigureAwait(false);
            await BulkAsync(UpsertStateSql, StateBindings, events.Where(e => e.Purpose is not null).ToList()).ConfigureAwait(false);
            await connection.ExecuteAsync(
                """
                INSERT INTO chain_heads (org_id, chain_seq, event_id, hash) VALUES (@OrgId, @ChainSeq, @EventId, @Hash)
                ON CONFLICT (org_id) DO UPDATE SET chain_seq = excluded.chain_seq, event_id = excluded.event_id, hash = excluded.hash
                """,
                head, transaction).ConfigureAwait(false);
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

            var db = connection.Handle!;
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

        public async Task<IReadOnlyList<ContactRow>> GetContactsMissingDerivedAsync(int limit)
        {
            var rows = await connection.QueryAsync<ContactRow>(
                $"""
                SELECT {StoreColumns.ContactColumns} FROM contacts
                WHERE (phone IS NOT NULL AND phone_hmac IS NULL) OR (email IS NOT NULL AND email_hmac IS NULL) OR (phone IS NOT NULL AND zones IS NULL)
                LIMIT @limit
                """,
                new { limit }, transaction).ConfigureAwait(false);
            return rows.AsList();
        }

        public Task UpdateDerivedAsync(IReadOnlyList<ContactRow> rows) =>
            connection.ExecuteAsync(
                "UPDATE contacts SET zones = @Zones, phone_hmac = @PhoneHmac, email_hmac = @EmailHmac WHERE org_id = @OrgId AND contact_id = @ContactId",
                rows, transaction);

        public Task AddSuppressionAsync(SuppressionRow row) =>
            connection.ExecuteAsync(
                "INSERT OR IGNORE INTO suppressions (scope, identifier_hmac, kind, reason, created_at) VALUES (@Scope, @IdentifierHmac, @Kind, @Reason, @CreatedAt)",
                row, transaction);

        public Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason) =>
            connection.ExecuteAsync(
                "DELETE FROM suppressions WHERE scope = @scope AND identifier_hmac = @identifierHmac AND reason = @reason",
                new { scope, identifierHmac, reason }, transaction);

        public Task InsertTargetingEntryAsync(TargetingRegisterRow row) =>
            connection.ExecuteAsync(
                """
                INSERT INTO targeting_register (entry_id, org_id, recorded_at, requested_by, purpose, rules, segment, segment_sha256,
                                                sources, audience, allowed, violations)
                VALUES (@EntryId, @OrgId, @RecordedAt, @RequestedBy, @Purpose, @Rules, @Segment, @SegmentSha256,
                        @Sources, @Audience, @Allowed, @Violations)
                """,
                row, transaction);

        // One indexed lookup per id with a prepared statement: an IN over json_each let the planner scan the whole table
        // once per id, which grew with every batch recorded.
        public Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
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
        public Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
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

        public async Task<RequestRow?> GetRequestAsync(string requestId) =>
            await connection.QueryFirstOrDefaultAsync<RequestRow>($"SELECT {StoreColumns.RequestColumns} FROM requests WHERE request_id = @requestId", new { requestId }, transaction).ConfigureAwait(false);

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
                """,
                row, transaction);

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

        public Task<int> DeleteSendRecordsBeforeAsync(string orgId, long beforeTicks) =>
            connection.ExecuteAsync("DELETE FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks }, transaction);

        public async Task<IncidentRow?> GetIncidentAsync(string incidentId) =>
            await connection.QueryFirstOrDefaultAsync<IncidentRow>($"SELECT {StoreColumns.IncidentColumns} FROM incidents WHERE incident_id = @incidentId", new { incidentId }, transaction).ConfigureAwait(false);

        public Task UpsertIncidentAsync(IncidentRow row) =>
            connection.ExecuteAsync(
                """
                INSERT INTO incidents (incident_id, org_id, recorded_at, kind, occurred_from, occurred_to, aware_at, circumstances, categories, persons,
                                       sensitivity, likelihood, serious_injury, authority_notified_at, persons_notified_at, public_notified_at, mitigation, keep_until)
                VALUES (@IncidentId, @OrgId, @RecordedAt, @Kind, @OccurredFrom, @OccurredTo, @AwareAt, @Circumstances, @Categories, @Persons,
                        @Sensitivity, @Likelihood, @SeriousInjury, @AuthorityNotifiedAt, @PersonsNotifiedAt, @PublicNotifiedAt, @Mitigation, @KeepUntil)
                ON CONFLICT (incident_id) DO UPDATE SET authority_notified_at = excluded.authority_notified_at,
                    persons_notified_at = excluded.persons_notified_at, public_notified_at = excluded.public_notified_at, mitigation = excluded.mitigation
                """,
                row, transaction);

        public Task<int> DeleteIncidentsKeptUntilAsync(string orgId, long beforeTicks) =>
            connection.ExecuteAsync("DELETE FROM incidents WHERE org_id = @orgId AND keep_until < @beforeTicks", new { orgId, beforeTicks }, transaction);

        public Task InsertErasureAsync(ErasureRow row) =>
            connection.ExecuteAsync(
                "INSERT INTO erasures (erasure_id, org_id, contact_id, erased_at, requested_by, counts, kept) VALUES (@ErasureId, @OrgId, @ContactId, @ErasedAt, @RequestedBy, @Counts, @Kept)",
                row, transaction);

        public Task InsertExplanationLinkAsync(ExplanationLinkRow row) =>
            connection.ExecuteAsync(
                "INSERT INTO explanation_links (code_sha256, org_id, message_id, created_at, expires_at) VALUES (@CodeSha256, @OrgId, @MessageId, @CreatedAt, @ExpiresAt)",
                row, transaction);

        public Task<int> RevokeExplanationLinkAsync(string codeSha256, long atTicks) =>
            connection.ExecuteAsync(
                "UPDATE explanation_links SET revoked_at = @atTicks WHERE code_sha256 = @codeSha256 AND revoked_at IS NULL",
                new { codeSha256, atTicks }, transaction);

        // BEGIN IMMEDIATE already excludes every other writer of the file for the whole session.
        public Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes) => Task.CompletedTask;

        public Task InsertSendAsync(SendRow row) =>
            connection.ExecuteAsync(
                "INSERT INTO sends (org_id, contact_id, purpose, channel, sent_at, message_id) VALUES (@OrgId, @ContactId, @Purpose, @Channel, @SentAt, @MessageId)",
                row, transaction);

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
}
