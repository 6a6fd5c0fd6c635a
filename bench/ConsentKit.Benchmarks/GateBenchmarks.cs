using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Benchmarks;

/// <summary>
/// The batch gate over 1,000,000 contacts with every rule on (suppression list, consent, third party, minors, an election,
/// quiet hours per zone, a frequency cap with recorded sends) against one hand-written SQL query computing only
/// consent-and-not-withdrawn-and-not-suppressed for the same rows, in the same run. Also one single check.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class GateBatchBenchmarks
{
    internal const int Contacts = 1_000_000;
    internal static readonly Instant At = Instant.FromUtc(2026, 11, 24, 15, 0);
    private ServiceProvider _services = null!;
    private string _path = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"ck-gate-bench-{Guid.NewGuid():N}.db");
        _services = new ServiceCollection().AddConsentKit(o =>
        {
            o.UseSqlite($"Data Source={_path}");
            o.Elections.Add(ElectionSilence.QuebecPollingDay("Partielle", new LocalDate(2026, 12, 14)));
        }).BuildServiceProvider();
        var import = await SeedAsync(_services, _path + ".csv");
        Console.WriteLine($"// import of {Contacts:N0} contacts with consent: {import.TotalSeconds:F1} s; file {new FileInfo(_path).Length / 1048576.0:F1} MiB");
    }

    /// <summary>
    /// 1M contacts with consent (one in 50 from a broker, one in 50 a minor), 1,000 withdrawals and suppressions, 2,000 sends;
    /// the same data on every provider. Returns how long the import of the 1M contacts took.
    /// </summary>
    internal static async Task<TimeSpan> SeedAsync(IServiceProvider services, string csvPath)
    {
        await services.GetRequiredService<ConsentKit.Storage.IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        await using (var writer = new StreamWriter(csvPath))
        {
            await writer.WriteLineAsync("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,third_party,third_party_country");
            for (var i = 0; i < Contacts; i++)
            {
                var thirdParty = i % 50 == 1;
                await writer.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{BenchStore.ContactId(i)},P,N,+1{(i % 2 == 0 ? "514" : "604")}{2000000 + i:D7},,fr-CA,,{(i % 50 == 3 ? "2012-01-01" : "")},gotv,sms,{(thirdParty ? "membership" : "explicit_consent")},canvass,n,1,fr-CA,{BenchStore.NoticeSha},a signé,f-{i},b,{(thirdParty ? "false" : "true")},2026-09-01T12:00:00Z,{(thirdParty ? "Broker" : "")},{(thirdParty ? "US" : "")}"));
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (var reader = new StreamReader(csvPath))
        {
            await services.GetRequiredService<ConsentKit.Contacts.IContactImporter>().ImportAsync(reader);
        }

        var imported = watch.Elapsed;

        File.Delete(csvPath);
        var ledger = services.GetRequiredService<IConsentLedger>();
        for (var i = 0; i < 1000; i++)
        {
            await ledger.RecordAsync(new ConsentEvent { ContactId = BenchStore.ContactId(i * 7), Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Withdrawn, Source = CaptureSource.InboundSms });
            await services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, $"+1514{2000000 + (i * 10):D7}", "bench");
        }

        var gate = services.GetRequiredService<ISendGate>();
        for (var i = 0; i < 2000; i++)
        {
            await gate.ReserveAsync(BenchStore.ContactId((i * 13) + 5), "gotv", Channel.Sms);
        }

        return imported;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL: consent, not withdrawn, not expired, not suppressed (1M rows)")]
    public int RawSql()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.contact_id,
                   s.status = 'granted' AND (s.expires_at IS NULL OR s.expires_at > @at)
                   AND NOT EXISTS (SELECT 1 FROM suppressions x WHERE x.identifier_hmac = c.phone_hmac AND x.scope IN ('global', 'default'))
            FROM contacts c
            LEFT JOIN consent_state s ON s.org_id = c.org_id AND s.contact_id = c.contact_id AND s.purpose = 'gotv' AND s.channel = 'sms'
            WHERE c.org_id = 'default'
            ORDER BY c.contact_id
            """;
        command.Parameters.AddWithValue("@at", At.ToUnixTimeTicks());
        using var reader = command.ExecuteReader();
        var allowed = 0;
        while (reader.Read())
        {
            _ = reader.GetString(0);
            allowed += !reader.IsDBNull(1) && reader.GetInt64(1) == 1 ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(Description = "ISendGate.CheckManyAsync, all rules (1M contacts)")]
    public async Task<int> BatchGate()
    {
        var allowed = 0;
        await foreach (var decision in _services.GetRequiredService<ISendGate>().CheckManyAsync("gotv", Channel.Sms, At))
        {
            allowed += decision.Allowed ? 1 : 0;
        }

        return allowed;
    }
}

/// <summary>One gate decision (contact, state, suppression and frequency reads plus all rules) against the raw state lookup.</summary>
[MemoryDiagnoser]
public class GateCheckBenchmarks
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 15, 0);
    private BenchStore _store = null!;
    private ISendGate _gate = null!;
    private SqliteConnection _connection = null!;
    private SqliteCommand _prepared = null!;
    private int _i;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchStore.CreateWithContactsAsync(100_000);
        _gate = _store.Gate;
        _connection = new SqliteConnection(_store.ConnectionString);
        _connection.Open();
        _prepared = _connection.CreateCommand();
        _prepared.CommandText = "SELECT status, expires_at FROM consent_state WHERE org_id = 'default' AND contact_id = @c AND purpose = 'gotv' AND channel = 'sms'";
        _prepared.Parameters.Add(new SqliteParameter("@c", DBNull.Value));
        _prepared.Prepare();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _prepared.Dispose();
        await _connection.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw prepared SELECT of the consent state only")]
    public bool RawStateLookup()
    {
        _prepared.Parameters[0].Value = BenchStore.ContactId(_i++ % 100_000);
        using var reader = _prepared.ExecuteReader();
        return reader.Read() && reader.GetString(0) == "granted";
    }

    [Benchmark(Description = "ISendGate.CheckAsync, all rules")]
    public async Task<bool> GateCheck() => (await _gate.CheckAsync(BenchStore.ContactId(_i++ % 100_000), "gotv", Channel.Sms, At)).Allowed;
}
