using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentKit.Consent;
using ConsentKit.Storage;
using ConsentKit.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConsentKit.Benchmarks;

/// <summary>
/// Appending 100k consent events through the ledger (validated, chained, state derived, in batches of 10k)
/// against raw Dapper inserts of the same rows into the same schema, unchained, in the same run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class AppendBenchmarks
{
    internal const int Events = 100_000;
    internal const int Batch = 10_000;
    private BenchStore _store = null!;
    private List<ConsentEvent> _events = null!;
    private List<EventRow> _rawRows = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_events, _rawRows) = Data();
    }

    /// <summary>100k grants over 20k contacts and five purposes, and the same as unchained rows for the raw baselines.</summary>
    internal static (List<ConsentEvent> Events, List<EventRow> Rows) Data()
    {
        var events = Enumerable.Range(0, Events).Select(i => BenchStore.Grant(i % 20_000, i < 20_000 ? "gotv" : i < 40_000 ? "newsletter" : i < 60_000 ? "survey" : i < 80_000 ? "fundraising" : "volunteering")).ToList();
        return (events, events.Select((e, i) => new EventRow
        {
            OrgId = "default", ChainSeq = 1_000_000 + i, EventId = $"evt_raw_{i:D8}", PrevHash = LedgerHasher.Genesis, Hash = LedgerHasher.Genesis,
            Kind = "granted", ContactId = e.ContactId, Purpose = e.Purpose, Channel = "sms", Basis = "explicit_consent",
            OccurredAt = e.OccurredAt!.Value.ToUnixTimeTicks(), RecordedAt = e.OccurredAt!.Value.ToUnixTimeTicks(), Source = "canvass",
            NoticeId = "notice-door", NoticeVersion = "2", NoticeLanguage = "fr-CA", NoticeSha256 = BenchStore.NoticeSha, Jurisdiction = "qc",
            PersonalHmac = LedgerHasher.Genesis, AffirmativeAct = e.AffirmativeAct, EvidenceRef = e.EvidenceRef, CollectedBy = e.CollectedBy,
        }).ToList());
    }

    [IterationSetup]
    public void NewStore()
    {
        _store = BenchStore.CreateAsync().GetAwaiter().GetResult();
        using var reader = new StringReader(BenchStore.Csv(20_000));
        _store.Importer.ImportAsync(reader).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropStore() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "raw Dapper INSERT, same rows and schema, no chain")]
    public void RawDapperInsert()
    {
        using var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        foreach (var chunk in _rawRows.Chunk(Batch))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(StoreSql.InsertEvent, chunk, transaction);
            transaction.Commit();
        }
    }

    [Benchmark(Description = "raw prepared INSERT (parameters created once), same rows, no chain")]
    public void RawPreparedInsert()
    {
        using var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        foreach (var chunk in _rawRows.Chunk(Batch))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = StoreSql.InsertEvent;
            var names = new[] { "OrgId", "ChainSeq", "EventId", "PrevEventId", "PrevHash", "Hash", "Kind", "ContactId", "Purpose", "Channel", "Basis", "OccurredAt", "RecordedAt", "ExpiresAt", "Source", "NoticeId", "NoticeVersion", "NoticeLanguage", "NoticeSha256", "FromDataSubject", "ThirdParty", "ThirdPartyCountry", "Jurisdiction", "IdempotencyKey", "PersonalHmac", "ContactHmac", "SendWindow", "SourceDetail", "AffirmativeAct", "EvidenceRef", "CollectedBy", "Guardian" };
            var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter("@" + n, DBNull.Value))).ToArray();
            command.Prepare();
            foreach (var r in chunk)
            {
                object?[] values = [r.OrgId, r.ChainSeq, r.EventId, r.PrevEventId, r.PrevHash, r.Hash, r.Kind, r.ContactId, r.Purpose, r.Channel, r.Basis, r.OccurredAt, r.RecordedAt, r.ExpiresAt, r.Source, r.NoticeId, r.NoticeVersion, r.NoticeLanguage, r.NoticeSha256, r.FromDataSubject, r.ThirdParty, r.ThirdPartyCountry, r.Jurisdiction, r.IdempotencyKey, r.PersonalHmac, r.ContactHmac, r.SendWindow, r.SourceDetail, r.AffirmativeAct, r.EvidenceRef, r.CollectedBy, r.Guardian];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    [Benchmark(Description = "ledger RecordManyAsync: validated, hash-chained, state derived")]
    public async Task LedgerAppend()
    {
        foreach (var chunk in _events.Chunk(Batch))
        {
            await _store.Ledger.RecordManyAsync(chunk);
        }
    }
}

/// <summary>Current-state lookup by (contact, purpose, channel) against the same query written by hand with Dapper.</summary>
[MemoryDiagnoser]
public class StateLookupBenchmarks
{
    private BenchStore _store = null!;
    private SqliteConnection _connection = null!;
    private SqliteCommand? _prepared;
    private int _i;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchStore.CreateWithContactsAsync(100_000);
        _connection = new SqliteConnection(_store.ConnectionString);
        _connection.Open();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _prepared?.Dispose();
        await _connection.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw Dapper SELECT on consent_state, open connection")]
    public object? RawDapperLookup()
    {
        var contactId = BenchStore.ContactId(_i++ % 100_000);
        return _connection.QuerySingleOrDefault<StateRow>(
            "SELECT org_id AS OrgId, contact_id AS ContactId, purpose AS Purpose, channel AS Channel, status AS Status, basis AS Basis, since AS Since, expires_at AS ExpiresAt, event_id AS EventId, chain_seq AS ChainSeq FROM consent_state WHERE org_id = @o AND contact_id = @c AND purpose = @p AND channel = @ch",
            new { o = "default", c = contactId, p = "gotv", ch = "sms" });
    }

    [Benchmark(Description = "raw prepared SELECT on consent_state, open connection, command prepared once")]
    public object? RawPreparedLookup()
    {
        if (_prepared is null)
        {
            _prepared = _connection.CreateCommand();
            _prepared.CommandText = "SELECT status, basis, since, expires_at, event_id, chain_seq FROM consent_state WHERE org_id = @o AND contact_id = @c AND purpose = @p AND channel = @ch";
            foreach (var name in new[] { "@o", "@c", "@p", "@ch" })
            {
                _prepared.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            _prepared.Prepare();
        }

        _prepared.Parameters[0].Value = "default";
        _prepared.Parameters[1].Value = BenchStore.ContactId(_i++ % 100_000);
        _prepared.Parameters[2].Value = "gotv";
        _prepared.Parameters[3].Value = "sms";
        using var reader = _prepared.ExecuteReader();
        return reader.Read() ? reader.GetString(0) : null;
    }

    [Benchmark(Description = "ledger GetStateAsync")]
    public Task<ConsentState> LedgerLookup() => _store.Ledger.GetStateAsync(BenchStore.ContactId(_i++ % 100_000), "gotv", Channel.Sms);
}

/// <summary>Importing a 100k-row CSV (parse, normalize, validate, chain, write) against raw Dapper inserts of its parsed rows.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private const int Rows = 100_000;
    private string _csv = null!;
    private BenchStore _store = null!;

    [GlobalSetup]
    public void Setup() => _csv = BenchStore.Csv(Rows);

    [IterationSetup]
    public void NewStore() => _store = BenchStore.CreateAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void DropStore() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "raw: CsvHelper parse + prepared INSERT of each row, no validation or chain")]
    public void RawCsvInsert()
    {
        using var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO ledger_events (org_id, chain_seq, event_id, prev_hash, hash, kind, contact_id, purpose, channel, basis,
                occurred_at, recorded_at, source, notice_id, notice_version, notice_language, notice_sha256, from_data_subject,
                jurisdiction, personal_hmac, affirmative_act, evidence_ref, collected_by)
            VALUES ('default', @seq, @id, '', '', 'granted', @contact, @purpose, @channel, @basis, 0, 0, @source, @noticeId,
                @noticeVersion, @noticeLanguage, @noticeSha, 1, 'qc', '', @act, @evidence, @collector)
            """;
        var names = new[] { "seq", "id", "contact", "purpose", "channel", "basis", "source", "noticeId", "noticeVersion", "noticeLanguage", "noticeSha", "act", "evidence", "collector" };
        var p = names.Select(n => command.Parameters.Add(new SqliteParameter("@" + n, DBNull.Value))).ToArray();
        command.Prepare();
        using var csv = new CsvHelper.CsvReader(new StringReader(_csv), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var seq = 0L;
        while (csv.Read())
        {
            seq++;
            p[0].Value = 1_000_000 + seq;
            p[1].Value = "raw-" + seq;
            p[2].Value = csv.GetField(0);
            p[3].Value = csv.GetField(8);
            p[4].Value = csv.GetField(9);
            p[5].Value = csv.GetField(10);
            p[6].Value = csv.GetField(11);
            p[7].Value = csv.GetField(12);
            p[8].Value = csv.GetField(13);
            p[9].Value = csv.GetField(14);
            p[10].Value = csv.GetField(15);
            p[11].Value = csv.GetField(16);
            p[12].Value = csv.GetField(17);
            p[13].Value = csv.GetField(18);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark(Description = "import 100k-row CSV")]
    public async Task<ConsentKit.Contacts.ImportReport> Import()
    {
        using var reader = new StringReader(_csv);
        return await _store.Importer.ImportAsync(reader);
    }
}
