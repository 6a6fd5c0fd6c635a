using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConsentKit.Gate;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Benchmarks;

/// <summary>
/// Issue 16 §1: how long an inbound STOP takes while a 500,000-row import holds the store's writer (SQLite). The import
/// reads a file that stops after 100,000 rows until the benchmark ends, so the writer is held for every invocation.
/// Baseline: one raw durable INSERT (synchronous=FULL) into a SQLite file of its own, the least a durable acceptance costs.
/// <c>Journal</c> is the acceptance itself (durable once it returns); <c>HandleStop</c> the whole call, which then waits up
/// to 100 ms for the writer before leaving the STOP to the import.
/// </summary>
[Config(typeof(PercentileConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 60, invocationCount: 1)]
public class OptOutLatencyBenchmarks
{
    private BenchStore _store = null!;
    private GatedCsv _csv = null!;
    private Task _import = null!;
    private IInboundMessages _inbound = null!;
    private ConsentKit.Storage.IConsentStore _raw = null!;
    private SqliteConnection _baseline = null!;
    private string _baselinePath = null!;
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await BenchStore.CreateWithContactsAsync(1_000);
        _inbound = _store.Services.GetRequiredService<IInboundMessages>();
        _raw = _store.Services.GetRequiredService<ConsentKit.Storage.IConsentStore>();
        var csv = BenchStore.Csv(500_000).Replace("c-", "i-", StringComparison.Ordinal);
        _csv = new GatedCsv(csv, IndexOfLine(csv, 100_001));
        _import = Task.Run(() => _store.Importer.ImportAsync(_csv));
        await _csv.Reached.Task;
        await Task.Delay(500);

        _baselinePath = Path.Combine(Path.GetTempPath(), $"ck-bench-{Guid.NewGuid():N}.db");
        _baseline = new SqliteConnection($"Data Source={_baselinePath}");
        await _baseline.OpenAsync();
        await _baseline.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE pending (id TEXT PRIMARY KEY, hmac TEXT NOT NULL, at INTEGER NOT NULL)");
    }

    [Benchmark(Baseline = true)]
    public Task<int> RawDurableInsert() =>
        _baseline.ExecuteAsync("INSERT INTO pending (id, hmac, at) VALUES (@id, @hmac, @at)", new { id = Guid.NewGuid().ToString("N"), hmac = new string('a', 64), at = ++_next });

    [Benchmark]
    public Task Journal() =>
        _raw.JournalOptOutAsync(OptOutJournal.Entry(OptOutJournal.StopKind, "default", "default", Guid.NewGuid().ToString("N"), IdentifierKind.Phone, "inbound-stop", NodaTime.SystemClock.Instance.GetCurrentInstant(), NodaTime.SystemClock.Instance.GetCurrentInstant()), default);

    [Benchmark]
    public Task<InboundResult> HandleStop() => _inbound.HandleSmsAsync($"+1438{200 + (++_next % 700)}{_next % 10000:D4}", "STOP");

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _csv.Release();
        await _import;
        await _baseline.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_baselinePath + suffix);
        }

        await _store.DisposeAsync();
    }

    private static int IndexOfLine(string text, int line)
    {
        var index = 0;
        for (var i = 0; i < line; i++)
        {
            index = text.IndexOf('\n', index) + 1;
        }

        return index;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
        }
    }

    private sealed class P99Column : IColumn
    {
        public string Id => "P99";
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "Percentile 99";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } s ? $"{s.Percentiles.Percentile(99) / 1e6:N3} ms" : "-";
    }

    // The CSV held open mid-file: the import has begun its transaction and keeps the writer until released.
    private sealed class GatedCsv(string text, int split) : TextReader
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _position;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public override int Read(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            if (_position == split && !_gate.Task.IsCompleted)
            {
                Reached.TrySetResult();
                await _gate.Task.WaitAsync(cancellationToken);
            }

            var end = _position < split ? split : text.Length;
            var n = Math.Min(buffer.Length, end - _position);
            text.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
