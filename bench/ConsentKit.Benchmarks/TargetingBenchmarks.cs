using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentKit.Targeting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Benchmarks;

/// <summary>
/// The targeting guard: checking a 50-node segment (baseline: parsing its JSON with System.Text.Json), evaluating a
/// 3-criteria segment over 1,000,000 contacts (baseline: the equivalent hand-written SQL on the same file, minors rule
/// included), and minimizing 1,000,000 records (baseline: a hand-written filter over a set of allowed names).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class SegmentEvaluationBenchmarks
{
    private const int Contacts = 1_000_000;
    private ServiceProvider _services = null!;
    private string _path = null!;
    private ApprovedSegment _segment = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"ck-seg-bench-{Guid.NewGuid():N}.db");
        _services = new ServiceCollection().AddConsentKit(o => o.UseSqlite($"Data Source={_path}")).BuildServiceProvider();
        await _services.GetRequiredService<ConsentKit.Storage.IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        var guard = _services.GetRequiredService<ITargetingGuard>();
        await guard.ImportCatalogAsync(DataCatalog.Parse(TargetingData.CatalogJson));

        // The contacts' rows are written directly: the import path has its own benchmark, and a million-row CSV would
        // only lengthen the setup.
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO contacts (org_id, contact_id, first_name, birth_date, personal_hmac, updated_at, attributes) VALUES ('default', $id, 'P', $birth, 'x', 0, $attributes)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var birth = insert.Parameters.Add("$birth", SqliteType.Text);
            var attributes = insert.Parameters.Add("$attributes", SqliteType.Text);
            for (var i = 0; i < Contacts; i++)
            {
                id.Value = BenchStore.ContactId(i);
                birth.Value = i % 10 == 9 ? DBNull.Value : $"{1940 + (i % 70)}-06-15";
                attributes.Value = TargetingData.Attributes(i);
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var decision = await guard.ValidateAsync(SegmentDefinition.Parse(TargetingData.ThreeCriteria), "gotv");
        _segment = decision.Segment ?? throw new InvalidOperationException(string.Join("; ", decision.Violations.Select(v => v.MessageEn)));
    }

    [Benchmark(Baseline = true, Description = "Hand-written SQL, 3 criteria over 1M contacts")]
    public async Task<int> RawSql()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT contact_id FROM contacts
            WHERE org_id = 'default' AND birth_date <= $born18 AND birth_date > $born31
              AND json_extract(attributes, '$.city') = 'Laval'
              AND EXISTS (SELECT 1 FROM json_each(attributes, '$.interests') WHERE value = 'transit')
              AND birth_date <= $adult
            ORDER BY contact_id
            """;
        var today = NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        command.Parameters.AddWithValue("$born18", today.PlusYears(-18).ToString("yyyy-MM-dd", null));
        command.Parameters.AddWithValue("$born31", today.PlusYears(-31).ToString("yyyy-MM-dd", null));
        command.Parameters.AddWithValue("$adult", today.PlusYears(-18).ToString("yyyy-MM-dd", null));
        await using var reader = await command.ExecuteReaderAsync();
        var n = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(0);
            n++;
        }

        return n;
    }

    [Benchmark(Description = "ITargetingGuard.EvaluateAsync, same segment")]
    public async Task<int> Guard()
    {
        var n = 0;
        await foreach (var _ in _services.GetRequiredService<ITargetingGuard>().EvaluateAsync(_segment))
        {
            n++;
        }

        return n;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>Checking a 50-node segment in memory, and minimizing a million records, with their baselines.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class TargetingCpuBenchmarks
{
    private const int Records = 1_000_000;
    private static readonly string[] Transit = ["transit"];
    private readonly DataCatalog _catalog = DataCatalog.BuiltIn.Merge(DataCatalog.Parse(TargetingData.CatalogJson));
    private TargetingValidator _validator = null!;
    private SegmentDefinition _fifty = null!;
    private string _fiftyJson = null!;
    private Dictionary<string, object?>[] _records = null!;
    private HashSet<string> _allowed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _validator = new TargetingValidator(_catalog, ProxyRules.Default, []);
        _fiftyJson = TargetingData.FiftyNodes();
        _fifty = SegmentDefinition.Parse(_fiftyJson);
        if (_fifty.NodeCount != 50)
        {
            throw new InvalidOperationException($"The segment has {_fifty.NodeCount} nodes.");
        }

        _records = [.. Enumerable.Range(0, Records).Select(i => new Dictionary<string, object?>
        {
            ["contact_id"] = BenchStore.ContactId(i), ["first_name"] = "P", ["last_name"] = "N", ["phone"] = "+15145550000",
            ["email"] = "p@x.ca", ["language"] = "fr", ["postal_code"] = "H7N 1A1", ["birth_date"] = "1990-01-01",
            ["city"] = "Laval", ["interests"] = Transit, ["notes"] = "rappeler",
        })];
        _allowed = ["contact_id", "first_name", "phone", "language"];
    }

    [Benchmark(Baseline = true, Description = "Parse a 50-node segment's JSON (System.Text.Json)")]
    public int ParseJson()
    {
        using var document = JsonDocument.Parse(_fiftyJson);
        return document.RootElement.GetProperty("include").GetProperty("or").GetArrayLength();
    }

    [Benchmark(Description = "Validate a 50-node segment (definition rules)")]
    public int Validate() => _validator.Validate(_fifty, "gotv", TargetingRules.EuropeanUnion).Violations.Count;

    [Benchmark(Description = "Hand-written filter, 1M records")]
    public int FilterByHand()
    {
        var kept = 0;
        foreach (var record in _records)
        {
            var output = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in record)
            {
                if (_allowed.Contains(name))
                {
                    output[name] = value;
                }
            }

            kept += output.Count;
        }

        return kept;
    }

    [Benchmark(Description = "DataCatalog.Minimize, 1M records (gotv, sms)")]
    public int Minimize()
    {
        var kept = 0;
        foreach (var record in _records)
        {
            kept += _catalog.Minimize(record, "gotv", Channel.Sms).Count;
        }

        return kept;
    }
}

internal static class TargetingData
{
    public const string CatalogJson = """
        {"fields":[
          {"name":"city","category":"location","source":"person","purposes":["*"]},
          {"name":"interests","category":"engagement","source":"person","purposes":["gotv"],"type":"list"},
          {"name":"riding","category":"location","source":"electoral_list","purposes":["*"]},
          {"name":"volunteer_hours","category":"engagement","source":"person","purposes":["gotv"],"type":"number"}
        ]}
        """;

    public const string ThreeCriteria = """
        {"include":{"and":[{"field":"age","op":"between","value":[18,30]},{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]}}
        """;

    private static readonly string[] Cities = ["Laval", "Montréal", "Québec", "Longueuil", "Gatineau"];
    private static readonly string[] Interests = ["[\"transit\",\"climate\"]", "[\"housing\"]", "[\"transit\"]", "[\"health-care\"]"];

    public static string Attributes(int i) =>
        $"{{\"city\":\"{Cities[i % Cities.Length]}\",\"interests\":{Interests[i % Interests.Length]},\"riding\":\"{i % 125}\",\"volunteer_hours\":{i % 40}}}";

    // 1 "or" + 49 leaves alternating over the declared fields: a large but ordinary segment.
    public static string FiftyNodes()
    {
        var leaves = Enumerable.Range(0, 49).Select(i => (i % 4) switch
        {
            0 => $"{{\"field\":\"city\",\"op\":\"eq\",\"value\":\"{Cities[i % Cities.Length]}\"}}",
            1 => $"{{\"field\":\"interests\",\"op\":\"contains\",\"value\":\"transit\"}}",
            2 => $"{{\"field\":\"age\",\"op\":\"between\",\"value\":[{18 + i},{30 + i}]}}",
            _ => $"{{\"field\":\"volunteer_hours\",\"op\":\"ge\",\"value\":{i}}}",
        });
        return $"{{\"include\":{{\"or\":[{string.Join(',', leaves)}]}}}}";
    }
}
