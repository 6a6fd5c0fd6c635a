using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Benchmarks;

/// <summary>
/// Explanations (target: at least 20,000 per second) against reading the same record's row with a prepared raw SQL
/// statement, in the same run. Each invocation explains 1,000 messages.
/// </summary>
[MemoryDiagnoser]
public class ExplanationBenchmarks
{
    internal const int Contacts = 10_000;
    private const int Batch = 1000;
    internal static readonly Instant SentAt = Instant.FromUtc(2026, 11, 18, 15, 0);
    private static readonly SenderIdentity Sender = new("Équipe Laval-Centre", "Parti exemple", "vieprivee@exemple.qc.ca");
    private BenchStore _store = null!;
    private IExplanations _explanations = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _select = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchStore.CreateWithContactsAsync(Contacts);
        _explanations = _store.Services.GetRequiredService<IExplanations>();
        await _store.Services.GetRequiredService<ISendRecords>().RecordSendsAsync(Records("seed", Batch));
        _raw = new SqliteConnection(_store.ConnectionString);
        _raw.Open();
        _select = _raw.CreateCommand();
        _select.CommandText = "SELECT facts FROM send_records WHERE org_id = @o AND message_id = @m";
        _select.Parameters.AddWithValue("@o", "default");
        _select.Parameters.AddWithValue("@m", "");
        _select.Prepare();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _select.Dispose();
        _raw.Dispose();
        await _store.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw SQL: read 1,000 send-record rows by message id")]
    public int RawSelect()
    {
        var total = 0;
        for (var i = 0; i < Batch; i++)
        {
            _select.Parameters[1].Value = $"seed-{i}";
            total += ((string)_select.ExecuteScalar()!).Length;
        }

        return total;
    }

    [Benchmark(Description = "ExplainAsync: 1,000 explanations (read, fr-CA text)")]
    public async Task<int> Explain()
    {
        var total = 0;
        for (var i = 0; i < Batch; i++)
        {
            total += (await _explanations.ExplainAsync($"seed-{i}", "fr-CA")).Sections.Count;
        }

        return total;
    }

    internal static SendRecord[] Records(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => new SendRecord
    {
        MessageId = $"{prefix}-{i}",
        ContactId = BenchStore.ContactId(i % Contacts),
        Purpose = "gotv",
        Channel = Channel.Sms,
        Campaign = "Rappel",
        SentAt = SentAt,
        Sender = Sender,
        Fields = ["first_name"],
        Ai = new AiInvolvement { Drafted = true, ReviewedBy = "staff", Providers = [new AiProvider("Model Co", "US")] },
    })];
}

/// <summary>
/// Batched send recording (target: at least 20,000 sends per second) against inserting the same number of rows with a
/// prepared raw INSERT in one transaction, in the same run, for batches of 1,000 and of 5,000 (the CLI's batch), into a
/// store holding 100,000 send records. Each iteration is one batch; the rows it wrote are deleted after it, so that every
/// iteration writes into a table of the same size (otherwise the run itself grows it to millions of rows).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class SendRecordBenchmarks
{
    private BenchStore _store = null!;
    private ISendRecords _sends = null!;
    private SqliteConnection _raw = null!;
    private long _keep;
    private int _round;

    [Params(1000, 5000)]
    public int SendBatch { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchStore.CreateWithContactsAsync(ExplanationBenchmarks.Contacts);
        _sends = _store.Services.GetRequiredService<ISendRecords>();
        for (var i = 0; i < 20; i++)
        {
            await _sends.RecordSendsAsync(ExplanationBenchmarks.Records($"base{i}", 5000));
        }

        _raw = new SqliteConnection(_store.ConnectionString);
        _raw.Open();
        using var max = _raw.CreateCommand();
        max.CommandText = "SELECT MAX(seq) FROM send_records";
        _keep = (long)max.ExecuteScalar()!;
    }

    [IterationCleanup]
    public void RemoveIterationRows()
    {
        using var delete = _raw.CreateCommand();
        delete.CommandText = $"DELETE FROM send_records WHERE seq > {_keep}";
        delete.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _store.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw SQL: insert the batch's rows in one transaction")]
        public int RawInsert()
    {
        var round = Interlocked.Increment(ref _round);
        using var transaction = _raw.BeginTransaction();
        using var insert = _raw.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO send_records (org_id, message_id, contact_id, channel, purpose, sent_at, recorded_at, gate_allowed, facts, record_sha256) VALUES ('default', @m, @c, 'sms', 'gotv', 0, 0, 1, '{}', '')";
        var m = insert.Parameters.Add("@m", SqliteType.Text);
        var c = insert.Parameters.Add("@c", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < SendBatch; i++)
        {
            m.Value = $"raw-{round}-{i}";
            c.Value = BenchStore.ContactId(i % ExplanationBenchmarks.Contacts);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return SendBatch;
    }

    [Benchmark(Description = "RecordSendsAsync: the batch (gate at sentAt, consent relied on, facts, one transaction)")]
        public async Task<int> Record() => (await _sends.RecordSendsAsync(ExplanationBenchmarks.Records("r" + Interlocked.Increment(ref _round), SendBatch))).Count;

}
