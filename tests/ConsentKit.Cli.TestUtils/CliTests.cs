using ConsentKit.Testing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class CliTests(ITestStoreProvider provider) : IDisposable
{
    private static readonly string NoticeSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Avis SMS v2")));
    private readonly CliRunner _cli = new(provider);

    public static string Csv(int rows, Func<int, string>? phone = null)
    {
        var sb = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at\n");
        for (var i = 1; i <= rows; i++)
        {
            var p = phone?.Invoke(i) ?? $"+1514{5550000 + (i % 10000):D7}";
            sb.Append(CultureInfo(i)).Append(',').Append("Prénom,Nom,").Append(p).Append(",,fr-CA,H2X 1Y4,,gotv,sms,explicit_consent,canvass,notice-door,2,fr-CA,")
              .Append(NoticeSha).Append(",a signé la fiche,fiche-").Append(i).Append(",bénévole-7,true,2026-10-01T12:00:00Z\n");
        }

        return sb.ToString();

        static string CultureInfo(int i) => $"c-{i:D7}";
    }

    [Fact]
    public async Task Init_ThenVerify_ExitsZeroWithDocumentedJson()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "fr")).ExitCode.Should().Be(0);

        var verify = await _cli.RunWithDbAsync("verify", "--json");

        verify.ExitCode.Should().Be(0);
        verify.Json.GetProperty("ok").GetBoolean().Should().BeTrue();
        verify.Json.GetProperty("events").GetInt64().Should().Be(0);
        verify.Json.GetProperty("firstBadEvent").ValueKind.Should().Be(JsonValueKind.Null);
        verify.Json.GetProperty("reason").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Init_UnknownJurisdiction_ExitsOne_MissingDb_ExitsTwo()
    {
        var bad = await _cli.RunWithDbAsync("init", "--jurisdiction", "us");
        bad.ExitCode.Should().Be(1);
        bad.Stderr.Should().Contain("jurisdiction").And.Contain("qc|ca|fr");

        var usage = await _cli.RunAsync("init");
        usage.ExitCode.Should().Be(2);
        usage.Stderr.Should().Contain("--db");

        (await _cli.RunAsync("frobnicate", "--db", _cli.Db)).ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task Show_OnMissingStore_ExitsOneAndCreatesNothing()
    {
        var result = await _cli.RunWithDbAsync("consent", "show", "--contact", "c-1");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("consentkit init");
        File.Exists(_cli.Db).Should().BeFalse();
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task ImportGrantWithdrawShowHistory_RealTool_DocumentedContract()
    {
        await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "qc");
        var file = _cli.WriteFile("list.csv", Csv(3));

        var import = await _cli.RunWithDbAsync("contacts", "import", file, "--json");
        import.ExitCode.Should().Be(0, import.Stderr);
        import.Json.GetProperty("eventsWritten").GetInt32().Should().Be(3);

        var grant = await _cli.RunWithDbAsync("consent", "grant", "--contact", "c-0000001", "--purpose", "newsletter", "--channel", "email",
            "--source", "web_form", "--source-detail", "https://exemple.qc.ca/infolettre", "--basis", "explicit_consent",
            "--notice-id", "infolettre", "--notice-version", "4", "--notice-language", "fr-CA", "--notice-sha256", NoticeSha,
            "--affirmative-act", "case cochée", "--evidence-ref", "submission-77", "--collected-by", "site", "--json");
        grant.ExitCode.Should().Be(0, grant.Stderr);
        grant.Json.GetProperty("eventId").GetString().Should().StartWith("evt_");

        (await _cli.RunWithDbAsync("consent", "withdraw", "--contact", "c-0000001", "--purpose", "gotv", "--channel", "sms", "--source", "inbound_sms")).ExitCode.Should().Be(0);

        var show = await _cli.RunWithDbAsync("consent", "show", "--contact", "c-0000001", "--json");
        show.ExitCode.Should().Be(0);
        show.Json.GetProperty("contact").GetString().Should().Be("c-0000001");
        var consents = show.Json.GetProperty("consents").EnumerateArray().ToList();
        consents.Select(c => c.EnumerateObject().Select(p => p.Name)).Should().AllSatisfy(names =>
            names.Should().Equal("purpose", "channel", "status", "basis", "since", "expires", "eventId"));
        consents.Should().ContainSingle(c => c.GetProperty("purpose").GetString() == "gotv" && c.GetProperty("status").GetString() == "withdrawn" && c.GetProperty("expires").ValueKind == JsonValueKind.Null);
        consents.Should().ContainSingle(c => c.GetProperty("purpose").GetString() == "newsletter" && c.GetProperty("status").GetString() == "granted" && c.GetProperty("expires").GetString()!.EndsWith('Z'));

        var past = await _cli.RunWithDbAsync("consent", "show", "--contact", "c-0000001", "--at", "2026-10-02T00:00:00Z", "--json");
        past.Json.GetProperty("consents").EnumerateArray().Should().ContainSingle(c => c.GetProperty("status").GetString() == "granted");

        var history = await _cli.RunWithDbAsync("consent", "history", "--contact", "c-0000001", "--json");
        history.Json.GetProperty("events").GetArrayLength().Should().Be(3);
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Grant_MissingProof_ExitsOneNamingFields()
    {
        await _cli.RunWithDbAsync("init", "--name", "Parti test");
        await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", Csv(1)));

        var result = await _cli.RunWithDbAsync("consent", "grant", "--contact", "c-0000001", "--purpose", "survey", "--channel", "fax", "--source", "canvass", "--json");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("channel must be one of sms|email|voice|mail|door");
        result.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("channel");
    }

    [Fact]
    [Trait("Req", "R8")]
    public async Task Grant_ThirdPartyData_QuarantinedUntilAttested_GateSaysQuarantined_BadValueNamesTheOption()
    {
        await _cli.RunWithDbAsync("init", "--name", "Parti test");
        await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", Csv(1)));
        string[] Grant(string grantedAt, params string[] more) =>
        [
            "consent", "grant", "--contact", "c-0000001", "--purpose", "newsletter", "--channel", "email", "--source", "import",
            "--basis", "explicit_consent", "--notice-id", "liste-louee", "--notice-version", "1", "--notice-language", "fr-CA",
            "--notice-sha256", NoticeSha, "--affirmative-act", "case cochée chez le courtier", "--evidence-ref", "lot-9",
            "--collected-by", "Courtier Inc.", "--from-data-subject", "false", "--third-party", "Courtier Inc.",
            "--third-party-country", "CA", "--granted-at", grantedAt, "--json", .. more,
        ];
        string[] Check() => ["gate", "check", "--contact", "c-0000001", "--purpose", "newsletter", "--channel", "email", "--json", "--at", "2026-12-01T15:00:00Z"];

        var bad = await _cli.RunWithDbAsync(Grant("2026-10-01T12:00:00Z", "--prospection-announced", "maybe", "--opt-out-offered", "true"));
        (await _cli.RunWithDbAsync(Grant("2026-10-01T12:00:00Z"))).ExitCode.Should().Be(0);
        var quarantined = await _cli.RunWithDbAsync(Check());
        var show = await _cli.RunWithDbAsync("consent", "show", "--contact", "c-0000001", "--json");
        (await _cli.RunWithDbAsync(Grant("2026-10-02T12:00:00Z", "--prospection-announced", "true", "--opt-out-offered", "true"))).ExitCode.Should().Be(0);
        var attested = await _cli.RunWithDbAsync(Check());

        bad.ExitCode.Should().Be(1);
        bad.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("prospection_announced");
        quarantined.ExitCode.Should().Be(1);
        quarantined.Json.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("Quarantined");
        show.Json.GetProperty("consents").EnumerateArray().Should().ContainSingle(c => c.GetProperty("status").GetString() == "quarantined");
        attested.ExitCode.Should().Be(0, attested.Stdout);
    }

    [Fact]
    public async Task Import_InvalidRow_ExitsOne_ReportsLineAndField_WritesNothing()
    {
        await _cli.RunWithDbAsync("init", "--name", "Parti test");
        var file = _cli.WriteFile("bad.csv", Csv(3, i => i == 2 ? "555" : $"+1514555000{i}"));

        var result = await _cli.RunWithDbAsync("contacts", "import", file);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("line 3, phone:");
        result.Stderr.Should().NotContain("555,", "errors never echo the value");
        _cli.Scalar("SELECT COUNT(*) FROM ledger_events").Should().Be(0);

        var partial = await _cli.RunWithDbAsync("contacts", "import", file, "--partial", "--json");
        partial.ExitCode.Should().Be(0);
        partial.Json.GetProperty("rejected").GetInt32().Should().Be(1);
        partial.Json.GetProperty("eventsWritten").GetInt32().Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task Verify_AfterRawSqlEdit_ExitsThreeNamingEvent()
    {
        await _cli.RunWithDbAsync("init", "--name", "Parti test");
        await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", Csv(5)));
        var target = _cli.Scalar("SELECT seq FROM ledger_events WHERE purpose = 'gotv' ORDER BY seq LIMIT 1 OFFSET 2");
        _cli.Execute($"UPDATE ledger_events SET basis = 'membership' WHERE seq = {target}");

        var result = await _cli.RunWithDbAsync("verify", "--json");

        result.ExitCode.Should().Be(3);
        result.Json.GetProperty("ok").GetBoolean().Should().BeFalse();
        result.Json.GetProperty("reason").GetString().Should().Be("edited");
        result.Json.GetProperty("firstBadEvent").GetString().Should().StartWith("evt_");
    }
}
