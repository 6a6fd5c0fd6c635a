using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;

namespace ConsentKit.Benchmarks;

/// <summary>
/// The batch gate over the same 1,000,000 contacts as <see cref="GateBatchBenchmarks"/>, on PostgreSQL (CONSENTKIT_PG,
/// a local server), against the same hand-written query through Npgsql in the same run. The setup also reports the binary
/// COPY import of the 1M contacts and the store's size on disk, for docs/scaling.md.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class PostgreSqlGateBatchBenchmarks
{
    private ServiceProvider _services = null!;
    private string _connectionString = null!;
    private string _schema = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var server = Environment.GetEnvironmentVariable("CONSENTKIT_PG") ?? throw new InvalidOperationException("Set CONSENTKIT_PG to a PostgreSQL connection string.");
        _schema = "ck_bench_" + Guid.NewGuid().ToString("N")[..8];
        _connectionString = new NpgsqlConnectionStringBuilder(ConsentKit.PostgreSql.PostgreSqlConnectionString.Normalize(server)) { SearchPath = _schema }.ConnectionString;
        _services = new ServiceCollection().AddConsentKit(o =>
        {
            o.UsePostgreSql(_connectionString);
            o.PersonalDataKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            o.Elections.Add(ElectionSilence.QuebecPollingDay("Partielle", new LocalDate(2026, 12, 14)));
        }).BuildServiceProvider();
        var import = await GateBatchBenchmarks.SeedAsync(_services, Path.Combine(Path.GetTempPath(), _schema + ".csv"));
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using var size = new NpgsqlCommand(
            """
            SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 2 DESC
            """, connection);
        await using var reader = await size.ExecuteReaderAsync();
        Console.WriteLine($"// import of {GateBatchBenchmarks.Contacts:N0} contacts with consent: {import.TotalSeconds:F1} s");
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"// size {reader.GetString(0)}: {reader.GetInt64(1) / 1048576.0:F1} MiB");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL on PostgreSQL: consent, not withdrawn, not expired, not suppressed (1M rows)")]
    public async Task<int> RawSql()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.contact_id,
                   s.status = 'granted' AND (s.expires_at IS NULL OR s.expires_at > @at)
                   AND NOT EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope = ANY(@scopes))
            FROM contacts c
            LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = 'gotv' AND s.channel = 'sms'
            WHERE c.org_id = 'default'
            ORDER BY c.contact_id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("at", GateBatchBenchmarks.At.ToUnixTimeTicks()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("scopes", ["global", "default"]));
        await using var reader = await command.ExecuteReaderAsync();
        var allowed = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(0);
            allowed += !reader.IsDBNull(1) && reader.GetBoolean(1) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(Description = "ISendGate.CheckManyAsync on PostgreSQL, all rules (1M contacts)")]
    public async Task<int> BatchGate()
    {
        var allowed = 0;
        await foreach (var decision in _services.GetRequiredService<ISendGate>().CheckManyAsync("gotv", Channel.Sms, GateBatchBenchmarks.At))
        {
            allowed += decision.Allowed ? 1 : 0;
        }

        return allowed;
    }
}

/// <summary>
/// Appending the same 100k consent events as <see cref="AppendBenchmarks"/> on PostgreSQL: the ledger (validated, chained,
/// state derived, events through binary COPY) against a raw binary COPY of the same rows, unchained, in the same run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class PostgreSqlAppendBenchmarks
{
    private List<ConsentKit.Consent.ConsentEvent> _events = null!;
    private List<ConsentKit.Storage.EventRow> _rawRows = null!;
    private ServiceProvider _services = null!;
    private string _connectionString = null!;
    private string _schema = null!;

    [GlobalSetup]
    public void Setup() => (_events, _rawRows) = AppendBenchmarks.Data();

    [IterationSetup]
    public void NewStore()
    {
        var server = Environment.GetEnvironmentVariable("CONSENTKIT_PG") ?? throw new InvalidOperationException("Set CONSENTKIT_PG to a PostgreSQL connection string.");
        _schema = "ck_bench_" + Guid.NewGuid().ToString("N")[..8];
        _connectionString = new NpgsqlConnectionStringBuilder(ConsentKit.PostgreSql.PostgreSqlConnectionString.Normalize(server)) { SearchPath = _schema }.ConnectionString;
        _services = new ServiceCollection().AddConsentKit(o =>
        {
            o.UsePostgreSql(_connectionString);
            o.PersonalDataKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        }).BuildServiceProvider();
        _services.GetRequiredService<ConsentKit.Storage.IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec).GetAwaiter().GetResult();
        using var reader = new StringReader(BenchStore.Csv(20_000));
        _services.GetRequiredService<ConsentKit.Contacts.IContactImporter>().ImportAsync(reader).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropStore()
    {
        _services.Dispose();
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }

    [Benchmark(Baseline = true, Description = "raw binary COPY, same rows and schema, no chain")]
    public async Task RawCopy()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        foreach (var chunk in _rawRows.Chunk(AppendBenchmarks.Batch))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY ledger_events (org_id, chain_seq, event_id, prev_hash, hash, kind, contact_id, purpose, channel, basis, occurred_at, recorded_at, source, notice_id, notice_version, notice_language, notice_sha256, from_data_subject, jurisdiction, personal_hmac, affirmative_act, evidence_ref, collected_by) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var r in chunk)
                {
                    await copy.WriteRowAsync(default, r.OrgId, r.ChainSeq, r.EventId, r.PrevHash, r.Hash, r.Kind, r.ContactId, r.Purpose, r.Channel, r.Basis, r.OccurredAt, r.RecordedAt,
                        r.Source, r.NoticeId, r.NoticeVersion, r.NoticeLanguage, r.NoticeSha256, r.FromDataSubject, r.Jurisdiction, r.PersonalHmac, r.AffirmativeAct, r.EvidenceRef, r.CollectedBy);
                }

                await copy.CompleteAsync();
            }

            await transaction.CommitAsync();
        }
    }

    [Benchmark(Description = "ledger RecordManyAsync on PostgreSQL: validated, hash-chained, state derived")]
    public async Task LedgerAppend()
    {
        var ledger = _services.GetRequiredService<ConsentKit.Consent.IConsentLedger>();
        foreach (var chunk in _events.Chunk(AppendBenchmarks.Batch))
        {
            await ledger.RecordManyAsync(chunk);
        }
    }
}
