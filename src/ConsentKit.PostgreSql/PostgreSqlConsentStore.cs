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
internal sealed class PostgreSqlConsentStore : IConsentStore, IDisposable
{
    private const int PageSize = 5000;

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

    public int SchemaVersion => LatestSchemaVersion;

    internal static int LatestSchemaVersion => Migrations.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> Migrations = new(LoadMigrations);

    public void Dispose() => _dataSource.Dispose();

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (_schema is not null)
        {
            // A store may live in its own schema (Search Path in the connection string), one per tenant or per test.
            await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{_schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\"").ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // DDL is transactional here: the whole upgrade commits or nothing does; the lock keeps two processes from racing it.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended('consentkit:migrate', 0))", transaction: transaction).ConfigureAwait(false);
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

        await connection.ExecuteAsync(
            "INSERT INTO meta (key, value) VALUES ('personal_data_key', @key) ON CONFLICT (key) DO NOTHING",
            new { key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            transaction).ConfigureAwait(false);
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

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT value FROM meta WHERE key = @key", new { key }).ConfigureAwait(false);
    }

    public async Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new PostgreSqlWriteSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<List<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    private async Task<T?> QueryFirstAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))!;
    }

    public Task<ContactRow?> FindContactAsync(string orgId, string by, string value, CancellationToken cancellationToken)
    {
        var column = by switch
        {
            "id" => "contact_id",
            "phone" => "phone",
            "email" => "email",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        };
        return QueryFirstAsync<ContactRow>(
            $"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND {column} = @value ORDER BY contact_id LIMIT 1",
            new { orgId, value }, cancellationToken);
    }

    public Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken) =>
        QueryFirstAsync<StateRow>(
            $"SELECT {StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @contactId AND purpose = @purpose AND channel = @channel",
            new { orgId, contactId, purpose, channel }, cancellationToken);

    public async Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await QueryAsync<StateRow>(
            $"SELECT {StateColumns} FROM consent_state WHERE org_id = @orgId AND contact_id = @contactId ORDER BY purpose, channel",
            new { orgId, contactId }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<EventRow>> GetContactEventsAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await QueryAsync<EventRow>(
            $"SELECT {EventColumns} FROM ledger_events WHERE org_id = @orgId AND contact_id = @contactId ORDER BY chain_seq",
            new { orgId, contactId }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken) =>
        await QueryAsync<EventRow>(
            """
            SELECT org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, event_id AS EventId, kind AS Kind,
                   basis AS Basis, occurred_at AS OccurredAt, chain_seq AS ChainSeq, expires_at AS ExpiresAt, source AS Source,
                   notice_version AS NoticeVersion, from_data_subject AS FromDataSubject, third_party AS ThirdParty,
                   third_party_country AS ThirdPartyCountry, send_window AS SendWindow
            FROM ledger_events WHERE org_id = @orgId AND contact_id = @contactId AND purpose = @purpose AND channel = @channel
            ORDER BY chain_seq
            """,
            new { orgId, contactId, purpose, channel }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> GetChainIdsAsync(CancellationToken cancellationToken) =>
        await QueryAsync<string>("SELECT org_id FROM chain_heads UNION SELECT DISTINCT org_id FROM ledger_events ORDER BY 1", null, cancellationToken).ConfigureAwait(false);

    public Task<ChainHead?> GetHeadAsync(string orgId, CancellationToken cancellationToken) =>
        QueryFirstAsync<ChainHead>(HeadSql, new { orgId }, cancellationToken);

    private const string HeadSql = "SELECT org_id AS OrgId, chain_seq AS ChainSeq, event_id AS EventId, hash AS Hash FROM chain_heads WHERE org_id = @orgId";

    public Task<double?> GetEventPositionAsync(string orgId, string eventId, CancellationToken cancellationToken) =>
        QueryFirstAsync<double?>("SELECT chain_seq::float8 FROM ledger_events WHERE org_id = @orgId AND event_id = @eventId", new { orgId, eventId }, cancellationToken);

    // Keyset pagination: each page starts after the last key read, so a chain of 50 million events streams in constant memory
    // and each page is an index range scan.
    public async IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = long.MinValue;
        while (true)
        {
            var page = await QueryAsync<EventRow>(
                $"SELECT chain_seq::float8 AS ChainPosition, {EventColumns} FROM ledger_events WHERE org_id = @orgId AND chain_seq > @after ORDER BY chain_seq LIMIT @limit",
                new { orgId, after, limit = PageSize }, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].ChainSeq;
        }
    }

    public async IAsyncEnumerable<ContactRow> ReadContactsAsync(string orgId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var page = await QueryAsync<ContactRow>(
                $"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND contact_id > @after ORDER BY contact_id LIMIT @limit",
                new { orgId, after, limit = PageSize }, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].ContactId;
        }
    }

    public async Task<IReadOnlyList<OrganisationRow>> GetOrganisationsAsync(CancellationToken cancellationToken) =>
        await QueryAsync<OrganisationRow>("SELECT id AS Id, name AS Name, parent_id AS ParentId, created_at AS CreatedAt FROM organisations ORDER BY id", null, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<SharingRow>> GetSharingAsync(CancellationToken cancellationToken) =>
        await QueryAsync<SharingRow>(
            "SELECT from_org AS FromOrg, to_org AS ToOrg, purposes AS Purposes, declared_at AS DeclaredAt FROM organisation_sharing ORDER BY from_org, to_org",
            null, cancellationToken).ConfigureAwait(false);

    private const string PhoneProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope = ANY(@scopes))";
    private const string EmailProbe = "EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.email_hmac AND x.scope = ANY(@scopes))";

    private static string GateSql(string probes, string where) => $"""
        SELECT c.contact_id, c.birth_date, c.zones, {probes},
               s.status, s.basis, s.expires_at, COALESCE(s.from_data_subject, TRUE), COALESCE(s.parental, FALSE), s.send_window
        FROM contacts c
        LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = @p AND s.channel = @ch
        WHERE c.org_id = @o {where}
        ORDER BY c.contact_id
        """;

    public async Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await foreach (var row in GateRowsAsync(GateSql(PhoneProbe + ", " + EmailProbe, "AND c.contact_id = @c"), orgId, purpose, channel, scopes, contactId, null, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return new GateRow { ContactId = contactId, Exists = false };
    }

    public IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, CancellationToken cancellationToken)
    {
        // Only the identifier the channel uses is probed, as on SQLite.
        var probes = !anySuppression ? "FALSE, FALSE"
            : channel is "sms" or "voice" ? PhoneProbe + ", FALSE"
            : channel == "email" ? "FALSE, " + EmailProbe
            : PhoneProbe + ", " + EmailProbe;
        return GateRowsAsync(GateSql(probes, contactIds is null ? "" : "AND c.contact_id = ANY(@ids)"), orgId, purpose, channel, scopes, null, contactIds?.ToArray(), cancellationToken);
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
            yield return new GateRow
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
            };
        }
    }

    public async Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        await ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM suppressions WHERE scope = ANY(@scopes))", new { scopes = scopes.ToArray() }, cancellationToken).ConfigureAwait(false);

    public async Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken) =>
        await ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM suppressions WHERE identifier_hmac = @identifierHmac AND scope = ANY(@scopes))",
            new { identifierHmac, scopes = scopes.ToArray() }, cancellationToken).ConfigureAwait(false);

    public Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken) =>
        ScalarAsync<long?>(
            "SELECT MIN(created_at) FROM suppressions WHERE identifier_hmac = ANY(@hmacs) AND scope = ANY(@scopes)",
            new { hmacs = identifierHmacs.ToArray(), scopes = scopes.ToArray() }, cancellationToken);

    public async Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null)
    {
        var (count, oldest) = await QueryFirstAsync<(long, long?)>(
            """
            SELECT COUNT(*), MIN(sent_at) FROM sends
            WHERE org_id = @orgId AND contact_id = @contactId AND channel = @channel AND sent_at > @sinceTicks AND sent_at < @untilTicks
              AND (@purpose::text IS NULL OR purpose = @purpose) AND (@excludeMessageId::text IS NULL OR message_id IS NULL OR message_id <> @excludeMessageId)
            """,
            new { orgId, contactId, channel, sinceTicks, untilTicks, purpose, excludeMessageId }, cancellationToken).ConfigureAwait(false);
        return new SendCount((int)count, oldest);
    }

    public async Task<IReadOnlyDictionary<string, SendCount>> CountSendsByContactAsync(string orgId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<(string ContactId, long Count, long Oldest)>(
            "SELECT contact_id, COUNT(*), MIN(sent_at) FROM sends WHERE org_id = @orgId AND channel = @channel AND sent_at > @sinceTicks AND (@purpose::text IS NULL OR purpose = @purpose) GROUP BY contact_id",
            new { orgId, channel, sinceTicks, purpose }, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ContactId, r => new SendCount((int)r.Count, r.Oldest), StringComparer.Ordinal);
    }

    public Task<TargetingRegisterRow?> GetTargetingEntryAsync(string orgId, string entryId, CancellationToken cancellationToken) =>
        QueryFirstAsync<TargetingRegisterRow>($"SELECT {RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND entry_id = @entryId", new { orgId, entryId }, cancellationToken);

    public Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken) =>
        QueryFirstAsync<SendRecordRow>($"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND message_id = @messageId", new { orgId, messageId }, cancellationToken);

    public Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken) =>
        QueryFirstAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND channel = @channel AND contact_id = ANY(@ids) ORDER BY sent_at DESC, seq DESC LIMIT 1",
            new { orgId, channel, ids = contactIds.ToArray() }, cancellationToken);

    public async Task<IReadOnlyList<SendRecordRow>> GetContactSendRecordsAsync(string orgId, string contactId, CancellationToken cancellationToken) =>
        await QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND contact_id = @contactId ORDER BY sent_at, seq",
            new { orgId, contactId }, cancellationToken).ConfigureAwait(false);

    public Task<ExplanationLinkRow?> GetExplanationLinkAsync(string codeSha256, CancellationToken cancellationToken) =>
        QueryFirstAsync<ExplanationLinkRow>($"SELECT {LinkColumns} FROM explanation_links WHERE code_sha256 = @codeSha256", new { codeSha256 }, cancellationToken);

    public async Task<IReadOnlyList<RequestRow>> GetRequestsAsync(string orgId, CancellationToken cancellationToken) =>
        await QueryAsync<RequestRow>($"SELECT {RequestColumns} FROM requests WHERE org_id = @orgId ORDER BY received_at, request_id", new { orgId }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<SendRecordRow>> GetSendRecordsBetweenAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        await QueryAsync<SendRecordRow>(
            $"SELECT {SendRecordColumns} FROM send_records WHERE org_id = @orgId AND sent_at >= @fromTicks AND sent_at < @toTicks ORDER BY sent_at, seq",
            new { orgId, fromTicks, toTicks }, cancellationToken).ConfigureAwait(false);

    public Task<long> CountStopsAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        ScalarAsync<long>(
            """
            SELECT COUNT(DISTINCT contact_id) FROM ledger_events
            WHERE org_id = @orgId AND kind = 'withdrawn' AND source = 'inbound_sms' AND occurred_at >= @fromTicks AND occurred_at < @toTicks
            """, new { orgId, fromTicks, toTicks }, cancellationToken);

    public async Task<IReadOnlyList<string>> GetRetentionCandidatesAsync(string orgId, long cutoffTicks, long nowTicks, int limit, CancellationToken cancellationToken) =>
        await QueryAsync<string>(StoreSql.RetentionCandidates, new { orgId, cutoffTicks, nowTicks, limit }, cancellationToken).ConfigureAwait(false);

    public Task<long> CountSendRecordsBeforeAsync(string orgId, long beforeTicks, CancellationToken cancellationToken) =>
        ScalarAsync<long>("SELECT COUNT(*) FROM send_records WHERE org_id = @orgId AND sent_at < @beforeTicks", new { orgId, beforeTicks }, cancellationToken);

    public async Task<IReadOnlyList<IncidentRow>> GetIncidentsAsync(string orgId, CancellationToken cancellationToken) =>
        await QueryAsync<IncidentRow>($"SELECT {IncidentColumns} FROM incidents WHERE org_id = @orgId ORDER BY aware_at, incident_id", new { orgId }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ErasureRow>> GetErasuresAsync(string orgId, string? contactId, CancellationToken cancellationToken) =>
        await QueryAsync<ErasureRow>(
            """
            SELECT erasure_id AS ErasureId, org_id AS OrgId, contact_id AS ContactId, erased_at AS ErasedAt, requested_by AS RequestedBy,
                   counts AS Counts, kept AS Kept
            FROM erasures WHERE org_id = @orgId AND (@contactId::text IS NULL OR contact_id = @contactId) ORDER BY erased_at
            """, new { orgId, contactId }, cancellationToken).ConfigureAwait(false);

    // Dead row versions of an erased person stay in the table files until VACUUM reclaims them; a plain VACUUM of the
    // tables an erasure touches makes their space reusable without locking writers (VACUUM FULL would, for hours at
    // national scale). WAL archives and backups keep their own copies: docs/scaling.md says how to age them out.
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("VACUUM contacts, ledger_events, send_records, explanation_links", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContactRow>> FindContactsByPhoneAsync(string orgId, string phone, CancellationToken cancellationToken) =>
        await QueryAsync<ContactRow>($"SELECT {ContactColumns} FROM contacts WHERE org_id = @orgId AND phone = @phone ORDER BY contact_id", new { orgId, phone }, cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<string> StreamSegmentAsync(SegmentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = SegmentSql.Compile(query, PostgreSqlSegmentDialect.Instance);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition($"SELECT c.contact_id FROM contacts c WHERE {where} ORDER BY c.contact_id", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    public Task<long> CountSegmentAsync(SegmentQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = SegmentSql.Compile(query, PostgreSqlSegmentDialect.Instance);
        return ScalarAsync<long>($"SELECT COUNT(*) FROM contacts c WHERE {where}", parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<TargetingRegisterRow>> GetTargetingRegisterAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken) =>
        await QueryAsync<TargetingRegisterRow>(
            $"SELECT {RegisterColumns} FROM targeting_register WHERE org_id = @orgId AND recorded_at >= @fromTicks AND recorded_at < @toTicks ORDER BY seq",
            new { orgId, fromTicks, toTicks }, cancellationToken).ConfigureAwait(false);
}
