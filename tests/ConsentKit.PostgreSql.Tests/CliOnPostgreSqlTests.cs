using System.Text;
using ConsentKit.Cli.Tests;

namespace ConsentKit.PostgreSql.Tests;

/// <summary>The consentkit tool with --db given as a PostgreSQL URI: the same commands and contracts as on a SQLite file.</summary>
public sealed class CliOnPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly CliRunner _cli = new();
    private string _uri = "";

    public Task InitializeAsync()
    {
        _uri = _database.CliArgument;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R13")]
    public async Task Init_WithoutAKeySource_IsRefusedAndSaysSo_WithAKeyFileCreatesItOutsideTheDatabase()
    {
        // Without CONSENTKIT_KEY or --key-file (the runner sets the variable only for this test's other calls).
        var info = CliRunner.StartInfo("init", "--jurisdiction", "qc", "--name", "Parti", "--db", _uri);
        info.Environment.Remove("CONSENTKIT_KEY");
        using (var process = System.Diagnostics.Process.Start(info)!)
        {
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(1);
            stderr.Should().Contain("[store.no-key]").And.Contain("CONSENTKIT_KEY");
        }

        var keyFile = Path.Combine(_cli.Directory, "store.key");
        info = CliRunner.StartInfo("init", "--jurisdiction", "qc", "--name", "Parti", "--db", _uri, "--key-file", keyFile);
        info.Environment.Remove("CONSENTKIT_KEY");
        using (var process = System.Diagnostics.Process.Start(info)!)
        {
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, stdout);
            stdout.Should().Contain(keyFile);
        }

        File.Exists(keyFile).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var key = File.ReadAllText(keyFile).Trim();
        (await _database.QueryAsync<string>("SELECT value FROM meta")).Should().NotContain(v => v.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Req", "R1")]
    public async Task Init_ImportGateExplainVerify_OnAPostgreSqlUri_SameContracts()
    {
        (await _cli.RunAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _uri)).ExitCode.Should().Be(1, "no store before init");

        var init = await _cli.RunAsync("init", "--jurisdiction", "qc", "--name", "Parti exemple", "--db", _uri, "--json");
        init.ExitCode.Should().Be(0, init.Stderr);
        init.Json.GetProperty("schemaVersion").GetInt32().Should().Be(PostgreSqlConsentStore.LatestSchemaVersion);
        (await _cli.RunAsync("init", "--jurisdiction", "qc", "--db", _uri)).ExitCode.Should().Be(0, "init is idempotent");

        var csv = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,send_window\n");
        csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c-1,Prénom,Nom,+15145550101,,fr-CA,,,gotv,sms,explicit_consent,canvass,n,1,fr-CA,{new string('a', 64)},a signé,fiche-1,benevole,true,2026-01-05T15:00:00Z,00:00-24:00\n");
        var import = await _cli.RunAsync("contacts", "import", _cli.WriteFile("list.csv", csv.ToString()), "--db", _uri);
        import.ExitCode.Should().Be(0, import.Stderr);

        var allowed = await _cli.RunAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--json", "--db", _uri);
        allowed.ExitCode.Should().Be(0, allowed.Stderr);
        allowed.Json.GetProperty("allowed").GetBoolean().Should().BeTrue();

        var sends = _cli.WriteFile("sends.jsonl", """{"messageId":"m-1","contact":"c-1","purpose":"gotv","channel":"sms","campaign":"gotv-2026","sentAt":"2026-11-02T15:00:00Z","sender":{"name":"Équipe","organisation":"Parti exemple","privacyOfficer":"vie.privee@exemple.qc.ca"},"segment":null,"fields":["first_name"],"ai":{"drafted":false,"reviewedBy":null,"targeting":false,"providers":[]}}""" + "\n");
        var record = await _cli.RunAsync("send", "record", sends, "--db", _uri, "--json");
        record.ExitCode.Should().Be(0, record.Stderr + record.Stdout);

        var explain = await _cli.RunAsync("explain", "m-1", "--lang", "fr", "--db", _uri);
        explain.ExitCode.Should().Be(0, explain.Stderr);
        explain.Stdout.Should().Contain("Parti exemple");

        var stop = await _cli.RunAsync("inbound", "sms", "--from", "514-555-0101", "--body", "STOP", "--db", _uri);
        stop.ExitCode.Should().Be(0, stop.Stderr);
        (await _cli.RunAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _uri)).ExitCode.Should().Be(1);

        var verify = await _cli.RunAsync("verify", "--db", _uri, "--json");
        verify.ExitCode.Should().Be(0, verify.Stderr);
    }

    [Fact]
    public async Task AnyCommand_MalformedOrUnreachableUri_NamesTheFieldAndRule_WithoutTheSecret()
    {
        var bad = await _cli.RunAsync("verify", "--db", "postgresql://ck:s3cret@127.0.0.1:5432/db?bogus=1");
        bad.ExitCode.Should().Be(1);
        bad.Stderr.Should().Contain("db").And.Contain("db.uri-invalid").And.NotContain("s3cret");

        var unreachable = await _cli.RunAsync("verify", "--db", "postgresql://ck:s3cret@127.0.0.1:1/db");
        unreachable.ExitCode.Should().Be(1);
        unreachable.Stderr.Should().Contain("db.unreachable").And.NotContain("s3cret");
    }
}
