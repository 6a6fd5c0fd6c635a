using System.Text;
using ConsentKit.Testing;
using FluentAssertions;
using Xunit;

namespace ConsentKit.Cli.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCli
{
    public const string Name = "consentkit in-process (owns the console)";
}

/// <summary>
/// Issue 16 §6: no input ends the tool with an unhandled exception. Random and mutated CSV files, JSON Lines send
/// records, segments, catalogs and instants go through the tool's own entry point, in-process (a process per case would
/// take the suite's whole budget). Every case must end with exit 0 or 1, and a refusal must name its rule, with no stack
/// trace and none of the personal values planted in the input. The seed is fixed, so a failure replays.
/// </summary>
[Collection(InProcessCli.Name)]
public sealed class HostileInputFuzzTests : IDisposable
{
    // Values that must never appear in an error: a name, a phone's digits, an e-mail.
    private const string SecretName = "Zéphirine";
    private const string SecretDigits = "5550199";
    private const string SecretEmail = "zephirine@exemple.qc.ca";

    private static readonly string ValidCsv = string.Join('\n',
        ConsentKit.Testing.Contacts.CsvImportTests.Header,
        ConsentKit.Testing.Contacts.CsvImportTests.Row("c-1", phone: "+1514" + SecretDigits).Replace("Élise", SecretName, StringComparison.Ordinal).Replace("elise@exemple.qc.ca", SecretEmail, StringComparison.Ordinal),
        ConsentKit.Testing.Contacts.CsvImportTests.Row("c-2", phone: "+15145550102"));

    private const string ValidSendLine = """{"messageId":"m-1","contactId":"c-1","channel":"sms","purpose":"gotv","sentAt":"2026-11-02T15:00:00Z","sender":{"name":"Parti","organisation":"Parti"},"body":"Zéphirine, votez"}""";
    private const string ValidSegment = """{"name":"s","include":{"and":[{"field":"postal_code","op":"eq","value":"H2X"},{"field":"age","op":"gte","value":18}]}}""";
    private const string ValidCatalog = """{"fields":[{"name":"city","category":"location","source":"person","purposes":["gotv"]},{"name":"score","category":"inferred","source":"inferred","purposes":["gotv"],"type":"number"}]}""";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ck-fuzz-{Guid.NewGuid():N}");
    private readonly string _db;
    private readonly Random _random = new(20261202);
    private readonly List<string> _failures = [];

    public HostileInputFuzzTests()
    {
        Directory.CreateDirectory(_folder);
        _db = Path.Combine(_folder, "store.db");
    }

    [Fact]
    [Trait("Req", "R49")]
    [Trait("Req", "R16")]
    public async Task RunAsync_TenThousandRandomAndMutatedInputs_NeverCrashNorEchoAValue()
    {
        (await RunAsync("init", "--name", "Parti test", "--jurisdiction", "qc", "--db", _db)).Exit.Should().Be(0);
        var file = Path.Combine(_folder, "input");
        var cases = 0;

        // Fixed hostile cases first (what was seen), then random mutations of valid inputs.
        foreach (var bytes in FixedCsv())
        {
            await File.WriteAllBytesAsync(file, bytes);
            await CheckAsync("csv", "contacts", "import", file, "--db", _db);
            cases++;
        }

        for (var i = 0; i < 1500; i++, cases++)
        {
            await File.WriteAllBytesAsync(file, Mutate(Encoding.UTF8.GetBytes(ValidCsv)));
            await CheckAsync("csv", "contacts", "import", file, "--db", _db, "--json");
        }

        foreach (var text in new[] { Deep(10_000), "{\"messageId\":\"\\ud800\"}", "\"\\udfff\\ud800\"", "{", "[]", "null", "{\"a\":" + new string('9', 5000) + "}" })
        {
            await File.WriteAllTextAsync(file, text);
            await CheckAsync("jsonl", "send", "record", file, "--db", _db);
            await CheckAsync("segment", "segment", "check", file, "--purpose", "gotv", "--db", _db);
            await CheckAsync("catalog", "catalog", "lint", file, "--json");
            cases += 3;
        }

        for (var i = 0; i < 1500; i++, cases++)
        {
            await File.WriteAllBytesAsync(file, Mutate(Encoding.UTF8.GetBytes(ValidSendLine + "\n" + ValidSendLine.Replace("m-1", "m-2", StringComparison.Ordinal))));
            await CheckAsync("jsonl", "send", "record", file, "--db", _db, "--json");
        }

        for (var i = 0; i < 1500; i++, cases++)
        {
            await File.WriteAllBytesAsync(file, Mutate(Encoding.UTF8.GetBytes(ValidSegment)));
            await CheckAsync("segment", "segment", "check", file, "--purpose", "gotv", "--db", _db, "--json");
        }

        for (var i = 0; i < 3000; i++, cases++)
        {
            await File.WriteAllBytesAsync(file, Mutate(Encoding.UTF8.GetBytes(ValidCatalog)));
            await CheckAsync("catalog", "catalog", "lint", file, "--json");
        }

        foreach (var instant in FixedInstants())
        {
            await CheckAsync("instant", "gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--at", instant, "--db", _db);
            cases++;
        }

        for (var i = 0; cases < 10_000; i++, cases++)
        {
            var instant = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes("2026-11-02T15:00:00Z")));
            await CheckAsync("instant", "gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--at", instant, "--db", _db);
        }

        cases.Should().BeGreaterThanOrEqualTo(10_000);
        _failures.Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R49")]
    public async Task RunAsync_WhatWasSeen_IsRefusedNamingLineColumnAndRule()
    {
        (await RunAsync("init", "--name", "Parti test", "--jurisdiction", "qc", "--db", _db)).Exit.Should().Be(0);
        var fixedCases = FixedCsv().ToList();
        var expected = new (int Case, string Rule, string Where)[]
        {
            (0, "csv.malformed", "line 2, csv: column"),
            (2, "header.column-repeated", "phone"),
            (3, "header.column-missing", "phone"),
            (4, "first_name.format", "line 2"),
            (5, "csv.encoding", "csv: the file is not valid UTF-8"),
            (6, "first_name.format", "line 2"),
            (7, "granted_at.out-of-range", "line 2"),
            (8, "granted_at.out-of-range", "line 2"),
        };
        var file = Path.Combine(_folder, "seen.csv");
        foreach (var (index, rule, where) in expected)
        {
            await File.WriteAllBytesAsync(file, fixedCases[index]);
            var (exit, stdout, stderr) = await RunAsync("contacts", "import", file, "--db", _db);
            exit.Should().Be(1, $"case {index}");
            stderr.Should().Contain($"[{rule}]", $"case {index}").And.Contain(where, $"case {index}").And.NotContain(SecretName).And.NotContain(SecretDigits).And.NotContain("   at ");
        }

        await File.WriteAllTextAsync(file, "{\"name\":\"\\ud800\",\"include\":{\"field\":\"age\",\"op\":\"gte\",\"value\":18}}");
        var surrogate = await RunAsync("segment", "check", file, "--purpose", "gotv", "--db", _db);
        surrogate.Exit.Should().Be(1);
        surrogate.Stderr.Should().MatchRegex(@"\[[a-z-]+\.[a-z.-]+\]").And.NotContain("   at ");

        var far = await RunAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--at", "9999-12-31T23:59:59Z", "--db", _db);
        far.Exit.Should().Be(1);
        far.Stderr.Should().Contain("[at.out-of-range]");
    }

    private async Task CheckAsync(string family, params string[] args)
    {
        var (exit, stdout, stderr) = await RunAsync(args);
        var output = stdout + stderr;
        var problem =
            exit is not (0 or 1 or 3) ? $"exit {exit}"
            : output.Contains("   at ", StringComparison.Ordinal) || output.Contains("Unhandled exception", StringComparison.Ordinal) ? "stack trace"
            : exit == 1 && !(stderr.Contains('[') && stderr.Contains(']', StringComparison.Ordinal)) && !stdout.Contains("\"rule\"", StringComparison.Ordinal) && !stdout.Contains("\"violations\"", StringComparison.Ordinal) && !stdout.Contains("\"allowed\"", StringComparison.Ordinal) && !stdout.Contains("\"findings\"", StringComparison.Ordinal) && !stdout.StartsWith("blocked", StringComparison.Ordinal) ? "a refusal without its rule"
            : (exit != 0 && (stderr.Contains(SecretName, StringComparison.Ordinal) || stderr.Contains(SecretDigits, StringComparison.Ordinal) || stderr.Contains(SecretEmail, StringComparison.Ordinal))) ? "a personal value echoed"
            : null;
        if (problem is not null && _failures.Count < 20)
        {
            _failures.Add($"{family}: {problem}: {Truncate(stderr)} {Truncate(stdout)}");
        }
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var (outWas, errWas) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await ConsentKitCli.RunAsync(args);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        catch (Exception ex)
        {
            return (134, stdout.ToString(), stderr + "Unhandled exception " + ex.GetType().Name);
        }
        finally
        {
            Console.SetOut(outWas);
            Console.SetError(errWas);
        }
    }

    // What was seen: a stray quote, a duplicated or missing header, NUL, invalid UTF-8, a 1 MB field, instants out of range.
    private static IEnumerable<byte[]> FixedCsv()
    {
        var header = ConsentKit.Testing.Contacts.CsvImportTests.Header;
        var row = ValidCsv.Split('\n')[1];
        yield return Encoding.UTF8.GetBytes(header + "\n" + row.Replace(SecretName, SecretName + "\"x", StringComparison.Ordinal));
        yield return Encoding.UTF8.GetBytes(header + "\n" + "\"" + row);
        yield return Encoding.UTF8.GetBytes(header + ",phone\n" + row + ",1");
        yield return Encoding.UTF8.GetBytes(header.Replace("phone,", "", StringComparison.Ordinal) + "\n" + row);
        yield return Encoding.UTF8.GetBytes(header + "\n" + row.Replace(SecretName, SecretName + "\0", StringComparison.Ordinal));
        yield return [.. Encoding.UTF8.GetBytes(header + "\n"), 0xFF, 0xFE, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(row)];
        yield return Encoding.UTF8.GetBytes(header + "\n" + row.Replace(SecretName, new string('x', 1_000_000), StringComparison.Ordinal));
        yield return Encoding.UTF8.GetBytes(header + "\n" + row.Replace("2026-10-01T12:00:00Z", "9999-12-31T23:59:59Z", StringComparison.Ordinal));
        yield return Encoding.UTF8.GetBytes(header + "\n" + row.Replace("2026-10-01T12:00:00Z", "0001-01-01T00:00:00Z", StringComparison.Ordinal));
        yield return [];
        yield return Encoding.UTF8.GetBytes("\n\n\n");
    }

    private static IEnumerable<string> FixedInstants() =>
        ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-02T25:00:00Z", "2026-11-02", "now", "", "\ud800", new string('9', 10_000)];

    private static string Deep(int levels) => new string('[', levels) + new string(']', levels);

    // One to four edits: a byte replaced by a hostile one, inserted, deleted, or a span duplicated.
    private byte[] Mutate(byte[] input)
    {
        byte[] hostile = [(byte)'"', (byte)',', (byte)'\n', (byte)'\r', 0, 0xFF, 0xC3, 0xED, (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)'\\', (byte)'u', (byte)'9', (byte)'-', (byte)'T', (byte)'Z', (byte)'=', (byte)'+'];
        var bytes = new List<byte>(input);
        var edits = _random.Next(1, 5);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(4))
            {
                case 0:
                    bytes[at] = hostile[_random.Next(hostile.Length)];
                    break;
                case 1:
                    bytes.Insert(at, hostile[_random.Next(hostile.Length)]);
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                default:
                    var length = Math.Min(_random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
