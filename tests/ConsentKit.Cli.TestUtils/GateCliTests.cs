using ConsentKit.Testing;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class GateCliTests(ITestStoreProvider provider) : IDisposable
{
    private readonly CliRunner _cli = new(provider);

    // A window chosen by the person covering the whole day keeps these tests independent of the hour they run at.
    private async Task SeedAsync(int contacts = 3)
    {
        (await _cli.RunWithDbAsync("init", "--jurisdiction", "qc", "--name", "Parti exemple")).ExitCode.Should().Be(0);
        var csv = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,send_window\n");
        for (var i = 1; i <= contacts; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c-{i},Prénom,Nom,+151455501{i:D2},,fr-CA,,,gotv,sms,explicit_consent,canvass,n,1,fr-CA,{new string('a', 64)},a signé,fiche-{i},benevole,true,2026-01-05T15:00:00Z,00:00-24:00\n");
        }

        var import = await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", csv.ToString()));
        import.ExitCode.Should().Be(0, import.Stderr);
    }

    [Fact]
    [Trait("Req", "R27")]
    public async Task GateCheck_CanadaVoice_BlockedUntilTheCallingRegistrationIsInTheEnvironment()
    {
        (await _cli.RunWithDbAsync("init", "--jurisdiction", "ca", "--name", "Example Party")).ExitCode.Should().Be(0);
        var csv = "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at\n"
            + $"c-1,First,Last,+14165550101,,en-CA,,,gotv,voice,explicit_consent,canvass,n,1,en-CA,{new string('a', 64)},signed,sheet-1,volunteer,true,2026-01-05T15:00:00Z\n";
        (await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", csv))).ExitCode.Should().Be(0);
        // Tuesday 10:00 in Toronto: inside the CRTC calling hours.
        string[] check = ["gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "voice", "--at", "2026-12-01T15:00:00Z", "--json"];

        var unregistered = await _cli.RunWithDbAsync(check);
        _cli.Environment["CONSENTKIT_VOTER_CONTACT_REGISTRATION"] = "CRTC-VCR-2026-0142";
        var registered = await _cli.RunWithDbAsync(check);

        unregistered.ExitCode.Should().Be(1);
        unregistered.Json.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("CallingRegistrationMissing");
        registered.ExitCode.Should().Be(0, registered.Stdout);
    }

    [Fact]
    [Trait("Req", "R25")]
    public async Task GateReserveBatch_JsonLines_OneResultPerLineInOrder_CapsCountAcrossTheBatch_BadLinesNamed()
    {
        await SeedAsync(2);
        var lines = new StringBuilder();
        for (var i = 0; i < 5; i++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"contact":"c-1","purpose":"gotv","channel":"sms","messageId":"m-{{i}}"}""").Append('\n');
        }

        lines.Append("""{"contact":"c-2","purpose":"gotv","channel":"pigeon"}""").Append('\n').Append("{oops\n");

        var result = await _cli.RunWithDbAsync("gate", "reserve", "--batch", _cli.WriteFile("batch.jsonl", lines.ToString()));
        var usage = await _cli.RunWithDbAsync("gate", "reserve", "--batch", "x.jsonl", "--contact", "c-1");

        result.ExitCode.Should().Be(1, "two lines were invalid");
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Select(r => r.GetProperty("line").GetInt32()).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        rows.Take(5).Select(r => r.GetProperty("allowed").GetBoolean()).Should().Equal(true, true, true, true, false);
        rows[4].GetProperty("reasons")[0].GetProperty("code").GetString().Should().Be("FrequencyCap");
        rows[5].GetProperty("error").GetProperty("rule").GetString().Should().Be("channel.unknown");
        rows[6].GetProperty("error").GetProperty("rule").GetString().Should().Be("json.invalid");
        _cli.Scalar("SELECT COUNT(*) FROM sends").Should().Be(4);
        usage.ExitCode.Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R16")]
    public async Task GateCheck_AllowedThenStop_ExitsZeroThenOne_WithDocumentedJson()
    {
        await SeedAsync();

        var allowed = await _cli.RunWithDbAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--json");
        allowed.ExitCode.Should().Be(0, allowed.Stderr);
        allowed.Json.GetProperty("allowed").GetBoolean().Should().BeTrue();
        allowed.Json.GetProperty("reasons").GetArrayLength().Should().Be(0);

        var stop = await _cli.RunWithDbAsync("inbound", "sms", "--from", "514-555-0101", "--body", "Arrêt svp", "--json");
        stop.ExitCode.Should().Be(0);
        stop.Json.EnumerateObject().Select(p => p.Name).Should().Equal("action", "contact", "reply");
        stop.Json.GetProperty("action").GetString().Should().Be("stop");
        stop.Json.GetProperty("contact").GetString().Should().Be("c-1");
        stop.Json.GetProperty("reply").GetString().Should().StartWith("Parti exemple :");

        // The withdrawal ends the window the person had chosen, so the check asks about a weekday at 10:00 in Montréal:
        // at night quiet hours would rightly be a third reason.
        var blocked = await _cli.RunWithDbAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--json", "--lang", "en", "--at", NextWeekdayMorning());
        blocked.ExitCode.Should().Be(1);
        var reasons = blocked.Json.GetProperty("reasons").EnumerateArray().ToList();
        reasons.Select(r => r.GetProperty("code").GetString()).Should().Equal("Suppressed", "Withdrawn");
        reasons.Should().AllSatisfy(r =>
        {
            r.EnumerateObject().Select(p => p.Name).Should().Equal("code", "message", "rule", "retryAt");
            r.GetProperty("retryAt").ValueKind.Should().Be(JsonValueKind.Null);
        });
        reasons[1].GetProperty("message").GetString().Should().Be("The person withdrew their agreement.");
    }

    private static string NextWeekdayMorning()
    {
        var date = NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(1);
        while (date.DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return NodaTime.Text.InstantPattern.ExtendedIso.Format(date.At(new NodaTime.LocalTime(15, 0)).InUtc().ToInstant());
    }

    [Fact]
    [Trait("Req", "R13")]
    public async Task InboundStop_FromUnknownNumber_SuppressesIt_AndSuppressCheckExitsZeroEitherWay()
    {
        await SeedAsync();

        var before = await _cli.RunWithDbAsync("suppress", "check", "--phone", "438 555 0000", "--json");
        before.ExitCode.Should().Be(0);
        before.Json.GetProperty("suppressed").GetBoolean().Should().BeFalse();

        var stop = await _cli.RunWithDbAsync("inbound", "sms", "--from", "438 555 0000", "--body", "STOP", "--json");
        stop.Json.GetProperty("action").GetString().Should().Be("stop");
        stop.Json.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);

        var after = await _cli.RunWithDbAsync("suppress", "check", "--phone", "+14385550000", "--json");
        after.ExitCode.Should().Be(0);
        after.Json.GetProperty("suppressed").GetBoolean().Should().BeTrue();

        (await _cli.RunWithDbAsync("suppress", "add", "--email", "Jo@Example.com")).ExitCode.Should().Be(0);
        (await _cli.RunWithDbAsync("suppress", "check", "--email", "jo@example.com", "--json")).Json.GetProperty("suppressed").GetBoolean().Should().BeTrue("suppression matches e-mails without case");
        (await _cli.RunWithDbAsync("suppress", "check", "--email", "Jo@EXAMPLE.COM", "--json")).Json.GetProperty("suppressed").GetBoolean().Should().BeTrue();
        (await _cli.RunWithDbAsync("suppress", "check", "--phone", "12")).ExitCode.Should().Be(1);
    }

    [Fact]
    [Trait("Req", "R15")]
    public async Task InboundStop_Repeated_IsStillAStopWithANullReply()
    {
        await SeedAsync();

        var first = await _cli.RunWithDbAsync("inbound", "sms", "--from", "438 555 0000", "--body", "STOP", "--json");
        var again = await _cli.RunWithDbAsync("inbound", "sms", "--from", "+14385550000", "--body", "ARRÊT", "--json");

        first.Json.GetProperty("reply").GetString().Should().NotBeNullOrEmpty("one confirmation of the opt-out");
        again.ExitCode.Should().Be(0);
        again.Json.GetProperty("action").GetString().Should().Be("stop");
        again.Json.GetProperty("reply").ValueKind.Should().Be(JsonValueKind.Null, "no second confirmation (R15)");
    }

    [Fact]
    public async Task GateBatch_WritesOneLinePerContact_AndASummary()
    {
        await SeedAsync(5);
        await _cli.RunWithDbAsync("inbound", "sms", "--from", "+15145550102", "--body", "stop");
        var segment = _cli.WriteFile("segment.json", """{"contacts":["c-1","c-2","c-9"]}""");
        var output = Path.Combine(_cli.Directory, "decisions.jsonl");

        var result = await _cli.RunWithDbAsync("gate", "batch", "--purpose", "gotv", "--channel", "sms", "--segment", segment, "--out", output, "--json");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Json.GetProperty("total").GetInt64().Should().Be(3);
        result.Json.GetProperty("allowed").GetInt64().Should().Be(1);
        result.Json.GetProperty("reasons").GetProperty("UnknownContact").GetInt64().Should().Be(1);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("contact").GetString()).Should().Equal("c-1", "c-2", "c-9");
        lines.Select(l => l.GetProperty("allowed").GetBoolean()).Should().Equal(true, false, false);

        var whole = await _cli.RunWithDbAsync("gate", "batch", "--purpose", "gotv", "--channel", "sms", "--out", output);
        whole.Stdout.Should().Contain("5 contacts: 4 allowed, 1 blocked.");
    }

    [Fact]
    [Trait("Req", "R25")]
    public async Task GateReserve_TwoProcessesAtOnce_NeverExceedTheCap()
    {
        await SeedAsync(1);

        // Two real processes reserve for the same contact at the same time, six times each; the default cap is 4 per 30 days.
        async Task<int> LoopAsync()
        {
            var allowed = 0;
            for (var i = 0; i < 6; i++)
            {
                using var process = Process.Start(CliRunner.StartInfo("gate", "reserve", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _cli.Db))!;
                await process.WaitForExitAsync();
                allowed += process.ExitCode == 0 ? 1 : 0;
            }

            return allowed;
        }

        var results = await Task.WhenAll(LoopAsync(), LoopAsync());

        results.Sum().Should().Be(4);
        _cli.Scalar("SELECT COUNT(*) FROM sends").Should().Be(4);
    }

    [Fact]
    public async Task GateCheck_BadInput_ExitsOneNamingTheField()
    {
        await SeedAsync(1);

        var result = await _cli.RunWithDbAsync("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--at", "2999-01-01T00:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("at:").And.Contain("at.out-of-range");
    }

    [Theory]
    [InlineData("gate", "check", "--contact", "c-1", "--purpose", "gotvv", "--channel", "sms")]
    [InlineData("gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--at", "1999-01-01T00:00:00Z")]
    [InlineData("suppress", "check", "--phone", "marie@example.org")]
    [InlineData("inbound", "sms", "--from", "marie@example.org", "--body", "STOP")]
    [InlineData("init", "--jurisdiction", "fr")]
    public async Task Commands_LibraryRefusals_ExitOneWithFieldAndRule_NeverAStackTrace(params string[] args)
    {
        await SeedAsync(1);

        var result = await _cli.RunWithDbAsync([.. args, "--json"]);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().StartWith("error: ").And.NotContain("Unhandled exception").And.NotContain("   at ");
        result.Stderr.Should().NotContain("marie@example.org", "errors never echo the value");
        result.Json.GetProperty("error").GetString().Should().Be("refused");
    }

    [Fact]
    [SqliteOnly("another application's SQLite file next to the store")]
    public async Task Commands_OnAnotherApplicationsDatabase_RefuseAndLeaveItUntouched()
    {
        var other = Path.Combine(_cli.Directory, "crm.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE crm (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(other);
        var result = await _cli.RunAsync("verify", "--db", other);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("db.not-a-store");
        File.ReadAllBytes(other).Should().Equal(before);
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
