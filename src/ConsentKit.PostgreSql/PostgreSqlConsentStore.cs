using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using ConsentKit.Storage;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using static ConsentKit.Storage.StoreColumns;

namespace ConsentKit.PostgreSql;

/// <summary>
/// The PostgreSQL store: the same tables and rows as the SQLite store, for many processes writing at once. Writers are
/// serialized per organisation chain with transaction-scoped advisory locks instead of SQLite's single file lock, so
/// organisations append in parallel and gate reservations for different contacts never wait on each other
/// (docs/scaling.md explains the lock order).
/// </summary>
internal sealed class PostgreSqlConsentStore : DapperConsentStore, IDisposable
{

    private readonly NpgsqlDataSource _dataSource;
    private readonly string? _schema;

    public PostgreSqlConsentStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Hot lookups (state, gate, explanations) run the same few statements: let Npgsql prepare them on the server, unless
        // the connection string decides (0 behind a pooler without prepared-statement support).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 32;
        }

        _schema = builder.SearchPath?.Split(',')[0].Trim().Trim('"') is { Length: > 0 } first ? first : null;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override int SchemaVersion => LatestSchemaVersion;

    protected override ISegmentDialect Dialect => PostgreSqlSegmentDialect.Instance;

    protected override async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    internal static int LatestSchemaVersion => Migrations.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> Migrations = new(LoadMigrations);

    public void Dispose() => _dataSource.Dispose();

    // No advisory lock: an opt-out is accepted while an import holds its organisation's chain (R10).
    public override async Task JournalOptOutAsync(OptOutRow row, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO optout_journal (entry_id, org_id, kind, scope, identifier_hmac, identifier_kind, reason, detail, evidence, actor, occurred_at, accepted_at)
            VALUES (@EntryId, @OrgId, @Kind, @Scope, @IdentifierHmac, @IdentifierKind, @Reason, @Detail, @Evidence, @Actor, @OccurredAt, @AcceptedAt)
            ON CONFLICT (entry_id) DO NOTHING
            """, new { row.EntryId, row.OrgId, row.Kind, row.Scope, row.IdentifierHmac, row.IdentifierKind, row.Reason, row.Detail, row.Evidence, row.Actor, row.OccurredAt, row.AcceptedAt, cancellationToken }).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<OptOutRow>> GetPendingOptOutsAsync(CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<OptOutRow>(
            """
            SELECT entry_id AS EntryId, org_id AS OrgId, kind AS Kind, scope AS Scope, identifier_hmac AS IdentifierHmac,
                   identifier_kind AS IdentifierKind, reason AS Reason, detail AS Detail, evidence AS Evidence, actor AS Actor,
                   occurred_at AS OccurredAt, accepted_at AS AcceptedAt
            FROM optout_journal ORDER BY accepted_at, entry_id
            """), cancellationToken).ConfigureAwait(false);

    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (_schema is not null)
        {
            // A store may live in its own schema (Search Path in the connection string), one per tenant or per test.
            await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{_schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\"").ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // DDL is transactional here: the whole upgrade commits or nothing does; the lock keeps two processes from racing it.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), '') || ':consentkit:migrate', 0))", transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS consentkit_schema (version INTEGER NOT NULL)", transaction: transaction).ConfigureAwait(false);
        var version = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM consentkit_schema", transaction: transaction).ConfigureAwait(false) ?? 0;
        if (version > LatestSchemaVersion)
        {
            throw new ConsentKitException(
                "store.newer-version",
                $"This store has schema version {version}, written by a newer ConsentKit; this version reads up to {LatestSchemaVersion}. Upgrade ConsentKit; the database was not changed.");
        }

        foreach (var (next, sql) in Migrations.Value.Where(m => m.Version > version))
        {
            await connection.ExecuteAsync(sql, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO consentkit_schema (version) VALUES (@next)", new { next }, transaction).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<(int, string)> LoadMigrations()
    {
        var assembly = typeof(PostgreSqlConsentStore).Assembly;
        const string prefix = "ConsentKit.PostgreSql.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (int.Parse(n.AsSpan(prefix.Length, 4), System.Globalization.CultureInfo.InvariantCulture), reader.ReadToEnd());
            })
            .ToList();
    }

    public override Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken) => BeginWriteAsync(null, cancellationToken);

    public override Task<IStoreWriteSession> BeginWriteAsync(TimeSpan lockWait, CancellationToken cancellationToken) => BeginWriteAsync((TimeSpan?)lockWait, cancellationToken);

    private async Task<IStoreWriteSession> BeginWriteAsync(TimeSpan? lockWait, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (lockWait is { } wait)
            {
                // The advisory locks taken later in the session give up after this long (SQLSTATE 55P03): see LockAsync.
                await connection.ExecuteAsync(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = '{Math.Max(1, (long)wait.TotalMilliseconds)}ms'"),
                    transaction: transaction).ConfigureAwait(false);
            }

            return new PostgreSqlWriteSession(connection, transaction, Seals);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<StateRow>(
            $"SELECT {StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @contactId AND purpose = @purpose AND channel = @channel", new { orgId, contactId, purpose, channel }), cancellationToken);

    public override async Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken) =>
        await ListAsync(c => c.QueryAsync<EventRow>(
            """
            SELECT org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, event_id AS EventId, kind AS Kind,
                   basis AS Basis, occurred_at AS OccurredAt, chain_seq AS ChainSeq, expires_at AS ExpiresAt, source AS Source,
                   notice_version AS NoticeVersion, from_data_subject AS FromDataSubject, third_party AS ThirdParty,
                   third_party_country AS ThirdPartyCountry, send_window AS SendWindow
            FROM ledger_events WHERE org_id = @orgId AND contact_id = @contactId AND purpose = @purpose AND channel = @channel
            ORDER BY chain_seq
            """, new { orgId, contactId, purpose, channel }), cancellationToken).ConfigureAwait(false);

    // A BIGINT key compared with a BIGINT parameter, so each page is a range scan of (org_id, chain_seq).
    public override IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, CancellationToken cancellationToken) =>
        KeysetAsync(
            long.MinValue,
            (c, after) => c.QueryAsync<EventRow>(
                $"SELECT chain_seq::float8 AS ChainPosition, {EventColumns} FROM ledger_events WHERE org_id = @orgId AND chain_seq > @after ORDER BY chain_seq LIMIT @limit",
                new { orgId, after, limit = PageSize }),
            e => e.ChainSeq, cancellationToken);

    private const string PhoneProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope = ANY(@scopes))";
    private const string EmailProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.email_hmac AND x.scope = ANY(@scopes))";

    private static string GateSql(string probes, string where, string extra = "") => $"""
        SELECT c.contact_id, c.birth_date, c.zones, {probes},
               s.status, s.basis, s.expires_at, COALESCE(s.from_data_subject, TRUE), COALESCE(s.parental, FALSE), s.send_window{extra}
        FROM contacts c
        LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = @p AND s.channel = @ch
        WHERE c.org_id = @o {where}
        ORDER BY c.contact_id
        """;

    public override async Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await foreach (var row in GateRowsAsync(GateSql(PhoneProbe + ", " + EmailProbe, "AND c.contact_id = @c", GateSealColumns), orgId, purpose, channel, scopes, contactId, null, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return new GateRow { ContactId = contactId, Exists = false };
    }

    public override IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, CancellationToken cancellationToken)
    {
        // Only the identifier the channel uses is probed, as on SQLite.
        var probes = !anySuppression ? "FALSE, FALSE"
            : channel is "sms" or "voice" ? PhoneProbe + ", FALSE"
            : channel == "email" ? "FALSE, " + EmailProbe
            : PhoneProbe + ", " + EmailProbe;
        return GateRowsAsync(GateSql(probes, contactIds is null ? "" : "AND c.contact_id = ANY(@ids)", GateSealColumns), orgId, purpose, channel, scopes, null, contactIds?.ToArray(), cancellationToken);
    }

    private async IAsyncEnumerable<GateRow> GateRowsAsync(string sql, string orgId, string purpose, string channel, IReadOnlyList<string> scopes, string? contactId, string[]? ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("p", purpose));
        command.Parameters.Add(new NpgsqlParameter<string>("ch", channel));
        command.Parameters.Add(new NpgsqlParameter<string>("o", orgId));
        command.Parameters.Add(new NpgsqlParameter<string[]>("scopes", [.. scopes]));
        if (contactId is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("c", contactId));
        }

        if (ids is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids));
        }

        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new GateRow
            {
                ContactId = r.GetString(0),
                Exists = true,
                BirthDate = r.IsDBNull(1) ? null : r.GetString(1),
                Zones = r.IsDBNull(2) ? null : r.GetString(2),
                PhoneSuppressed = r.GetBoolean(3),
                EmailSuppressed = r.GetBoolean(4),
                Status = r.IsDBNull(5) ? null : r.GetString(5),
                Basis = r.IsDBNull(6) ? null : r.GetString(6),
                ExpiresAt = r.IsDBNull(7) ? null : r.GetInt64(7),
                FromDataSubject = r.GetBoolean(8),
                Parental = r.GetBoolean(9),
                SendWindow = r.IsDBNull(10) ? null : r.GetString(10),
                PhoneHmac = r.IsDBNull(11) ? null : r.GetString(11),
                EmailHmac = r.IsDBNull(12) ? null : r.GetString(12),
            };
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            long? Number(int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
            row.Tampered = IsTampered(orgId, purpose, channel, row, Text(13), Text(14), Text(15), Number(16), Text(17), Number(18), Text(19), Number(20), Text(21));
            yield return row;
        }
    }

    public override async Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        await ScalarAsync(c => c.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM suppressions WHERE scope = ANY(@scopes))", new { scopes = scopes.ToArray(), cancellationToken }), cancellationToken).ConfigureAwait(false);

    public override async Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken) =>
        await ScalarAsync(c => c.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM suppressions WHERE identifier_hmac = @identifierHmac AND scope = ANY(@scopes))", new { identifierHmac, scopes = scopes.ToArray(), cancellationToken }), cancellationToken).ConfigureAwait(false);

    public override Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken) =>
        ScalarAsync(c => c.ExecuteScalarAsync<long?>(
            "SELECT MIN(created_at) FROM suppressions WHERE identifier_hmac = ANY(@hmacs) AND scope = ANY(@scopes)", new { hmacs = identifierHmacs.ToArray(), scopes = scopes.ToArray(), cancellationToken }), cancellationToken);

    public override async Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null)
    {
        var counted = await ReadAsync(c => c.QueryFirstAsync<SendCountRow>(
            """
            SELECT COUNT(*) AS Count, MIN(sent_at) AS Oldest FROM sends
            WHERE org_id = @orgId AND contact_id = @contactId AND channel = @channel AND sent_at > @sinceTicks AND sent_at < @untilTicks
              AND (@purpose::text IS NULL OR purpose = @purpose) AND (@excludeMessageId::text IS NULL OR message_id IS NULL OR message_id <> @excludeMessageId)
            """,
            new { orgId, contactId, channel, sinceTicks, untilTicks, purpose, excludeMessageId, cancellationToken }), cancellationToken).ConfigureAwait(false);
        return new SendCount((int)counted.Count, counted.Oldest);
    }

    public override Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<SendRecordRow>($"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND message_id = @messageId", new { orgId, messageId }), cancellationToken);

    public override Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken) =>
        ReadAsync(c => c.QueryFirstOrDefaultAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND channel = @channel AND contact_id = ANY(@ids) ORDER BY sent_at DESC, seq DESC LIMIT 1", new { orgId, channel, ids = contactIds.ToArray() }), cancellationToken);

    // Dead row versions of an erased person stay in the table files until VACUUM reclaims them; a plain VACUUM of the
    // tables an erasure touches makes their space reusable without locking writers (VACUUM FULL would, for hours at
    // national scale). WAL archives and backups keep their own copies: docs/scaling.md says how to age them out.
    // VACUUM makes the dead row versions reusable; what the server keeps elsewhere is out of any client's reach
    // (docs/scaling.md, "Erasure on PostgreSQL").
    public override async Task<ErasureCopies> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("VACUUM contacts, ledger_events, send_records, explanation_links", new { cancellationToken }).ConfigureAwait(false);
        return new ErasureCopies([], OutOfReach);
    }

    private static readonly string[] OutOfReach =
    [
        "dead row versions in the table files, until VACUUM's freed space is reused",
        "the server's write-ahead log and WAL archives, until they are recycled or expire",
        "base backups, replicas and dumps made of the database",
    ];
}

/// <summary>How many sends match, and the oldest of them.</summary>
internal sealed class SendCountRow
{
    public long Count { get; set; }
    public long? Oldest { get; set; }
}
