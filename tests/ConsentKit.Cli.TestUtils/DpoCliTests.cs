using ConsentKit.Testing;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class DpoCliTests(ITestStoreProvider provider) : IDisposable
{
    private readonly CliRunner _cli = new(provider);

    [Fact]
    [Trait("Req", "R64")]
    public async Task VerifyRecordIncident_TamperedStore_OpensOneIncident_ThenNotifyAPlatform_AsDocumented()
    {
        await TargetingCliTests.SeedAsync(_cli, 3);
        var clean = await _cli.RunWithDbAsync("verify", "--record-incident", "--json");
        _cli.Execute("UPDATE contacts SET first_name = 'Mallory' WHERE contact_id = 'c-1'");

        var first = await _cli.RunWithDbAsync("verify", "--record-incident", "--json");
        var second = await _cli.RunWithDbAsync("verify", "--record-incident", "--json");
        var id = first.Json.GetProperty("incident").GetString()!;
        var platform = await _cli.RunWithDbAsync("dpo", "incidents", "notify", id, "--to", "platform", "--platform", "Meta", "--json");
        var missing = await _cli.RunWithDbAsync("dpo", "incidents", "notify", id, "--to", "platform", "--json");
        var authority = await _cli.RunWithDbAsync("dpo", "incidents", "notify", id, "--to", "authority", "--json");
        var list = await _cli.RunWithDbAsync("dpo", "incidents", "list", "--json");

        clean.ExitCode.Should().Be(0);
        clean.Json.GetProperty("incident").ValueKind.Should().Be(JsonValueKind.Null);
        first.ExitCode.Should().Be(3, "tampering is still reported as tampering");
        id.Should().StartWith("inc-");
        second.Json.GetProperty("incident").GetString().Should().Be(id, "one incident per finding");
        platform.ExitCode.Should().Be(0, platform.Stderr);
        missing.ExitCode.Should().Be(1);
        missing.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("platform");
        authority.ExitCode.Should().Be(0, authority.Stderr);
        var entry = list.Json.GetProperty("incidents").EnumerateArray().Should().ContainSingle().Subject;
        entry.GetProperty("kind").GetString().Should().Be("tampering");
        entry.GetProperty("authorityNotifiedAt").ValueKind.Should().Be(JsonValueKind.String);
        entry.GetProperty("platformReports").EnumerateArray().Select(r => r.GetProperty("platform").GetString()).Should().Equal("Meta");
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task DpoAudit_AnExportOutsideAnyRequest_IsListedWithItsActor_BadDatesNameTheField()
    {
        await TargetingCliTests.SeedAsync(_cli, 1);
        var file = Path.Combine(_cli.Directory, "access.json");

        var export = await _cli.RunWithDbAsync("dpo", "export", "--contact", "c-0", "--out", file, "--actor", "dpo-carol");
        var audit = await _cli.RunWithDbAsync("dpo", "audit", "--json");
        var text = await _cli.RunWithDbAsync("dpo", "audit");
        var before = await _cli.RunWithDbAsync("dpo", "audit", "--to", "2000-01-01", "--json");
        var bad = await _cli.RunWithDbAsync("dpo", "audit", "--from", "2026-13-01", "--json");
        var reversed = await _cli.RunWithDbAsync("dpo", "audit", "--from", "2026-12-02", "--to", "2026-12-01", "--json");

        export.ExitCode.Should().Be(0, export.Stderr);
        audit.ExitCode.Should().Be(0, audit.Stderr);
        var entry = audit.Json.GetProperty("entries").EnumerateArray().Should().ContainSingle().Subject;
        entry.GetProperty("action").GetString().Should().Be("export");
        entry.GetProperty("subject").GetString().Should().Be("c-0");
        entry.GetProperty("actor").GetString().Should().Be("dpo-carol");
        entry.GetProperty("at").GetString().Should().NotBeNullOrEmpty();
        text.Stdout.Should().Contain("dpo-carol export c-0");
        before.Json.GetProperty("entries").GetArrayLength().Should().Be(0);
        bad.ExitCode.Should().Be(1);
        bad.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("from");
        reversed.ExitCode.Should().Be(1);
        reversed.Json.GetProperty("errors")[0].GetProperty("rule").GetString().Should().Be("date.order");
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task DpoRequests_ClockShowLetterAndBundle_AsDocumented_BadInputNamesTheField()
    {
        await TargetingCliTests.SeedAsync(_cli, 1);
        var added = await _cli.RunWithDbAsync("dpo", "requests", "add", "--kind", "access", "--via", "web", "--contact", "c-0", "--json");
        var id = added.Json.GetProperty("requests")[0].GetProperty("id").GetString()!;
        var folder = Path.Combine(_cli.Directory, "bundle-" + id);

        var list = await _cli.RunWithDbAsync("dpo", "requests", "list");
        var letter = await _cli.RunWithDbAsync("dpo", "requests", "letter", id, "--lang", "en");
        var bundle = await _cli.RunWithDbAsync("dpo", "requests", "bundle", id, "--out", folder, "--json");
        var again = await _cli.RunWithDbAsync("dpo", "requests", "bundle", id, "--out", folder, "--json");
        var unknown = await _cli.RunWithDbAsync("dpo", "requests", "show", "req-404", "--json");
        var show = await _cli.RunWithDbAsync("dpo", "requests", "show", id, "--json");
        var text = await _cli.RunWithDbAsync("dpo", "requests", "show", id);

        added.ExitCode.Should().Be(0, added.Stderr);
        added.Json.GetProperty("requests")[0].GetProperty("daysLeft").GetInt32().Should().BeInRange(30, 31, "Québec: 30 days");
        list.Stdout.Should().MatchRegex(@"\b(30|31) d left\b");
        letter.ExitCode.Should().Be(0, letter.Stderr);
        letter.Stdout.Should().StartWith($"Your request {id}: received").And.Contain("Commission d'accès à l'information");
        bundle.ExitCode.Should().Be(0, bundle.Stderr);
        bundle.Json.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal("request.json", "letter.fr.txt", "letter.en.txt", "export.json", "export.html");
        File.Exists(Path.Combine(folder, "manifest.json")).Should().BeTrue();
        again.ExitCode.Should().Be(1);
        again.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("out");
        unknown.ExitCode.Should().Be(1);
        unknown.Json.GetProperty("errors")[0].GetProperty("rule").GetString().Should().Be("request.unknown");
        show.Json.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("change").GetString()).Should().Equal("received", "bundle:exported");
        show.Json.GetProperty("history")[1].GetProperty("by").GetString().Should().Be("consentkit", "the tool's actor unless --actor names one");
        text.Stdout.Should().Contain("bundle:exported by consentkit");
    }

    [Fact]
    [Trait("Req", "R66")]
    public async Task DpoRecords_JsonToStdout_HtmlInEachLanguage_BadFormatIsAUsageError()
    {
        await TargetingCliTests.SeedAsync(_cli, 3);

        var json = await _cli.RunWithDbAsync("dpo", "records");
        var fr = await _cli.RunWithDbAsync("dpo", "records", "--format", "html", "--lang", "fr");
        var file = Path.Combine(_cli.Directory, "records-en.html");
        var en = await _cli.RunWithDbAsync("dpo", "records", "--format", "html", "--lang", "en", "--out", file);
        var bad = await _cli.RunWithDbAsync("dpo", "records", "--format", "xml");

        json.ExitCode.Should().Be(0, json.Stderr);
        json.Json.EnumerateObject().Select(p => p.Name).Should().Equal("schemaVersion", "organisation", "organisationId", "jurisdiction", "generatedAt", "rule",
            "purposes", "subjectCategories", "dataCategories", "recipients", "transfers", "retention", "security");
        json.Json.GetProperty("purposes").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain(["gotv", "newsletter"]);
        fr.ExitCode.Should().Be(0);
        fr.Stdout.Should().StartWith("<!doctype html>").And.Contain("<html lang=\"fr\">").And.Contain("Registre des activités de traitement");
        en.ExitCode.Should().Be(0);
        en.Stdout.Trim().Should().Be(file);
        File.ReadAllText(file).Should().Contain("<html lang=\"en\">").And.Contain("Records of processing activities");
        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("xml").And.Contain("--format");
    }

    [Fact]
    [Trait("Req", "R57")]
    [Trait("Req", "R59")]
    public async Task Dpo_FindExportEraseVerify_AsDocumented()
    {
        await TargetingCliTests.SeedAsync(_cli, 3);

        var find = await _cli.RunWithDbAsync("dpo", "find", "--phone", "(514) 555-0001", "--json");
        var html = Path.Combine(_cli.Directory, "acces.html");
        var export = await _cli.RunWithDbAsync("dpo", "export", "--contact", "c-1", "--format", "html", "--lang", "fr", "--out", html);
        var json = Path.Combine(_cli.Directory, "acces.json");
        await _cli.RunWithDbAsync("dpo", "export", "--contact", "c-1", "--out", json);
        var dry = await _cli.RunWithDbAsync("dpo", "erase", "--contact", "c-1", "--dry-run", "--json");
        var erase = await _cli.RunWithDbAsync("dpo", "erase", "--contact", "c-1", "--requested-by", "req-1", "--json");
        var verify = await _cli.RunWithDbAsync("verify", "--json");
        var gone = await _cli.RunWithDbAsync("dpo", "find", "--contact", "c-1");
        var both = await _cli.RunWithDbAsync("dpo", "find", "--contact", "c-1", "--phone", "5145550001");

        find.ExitCode.Should().Be(0, find.Stderr);
        find.Json.GetProperty("contactId").GetString().Should().Be("c-1");
        export.ExitCode.Should().Be(0, export.Stderr);
        File.ReadAllText(html).Should().StartWith("<!doctype html>").And.Contain("<html lang=\"fr\">");
        JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        dry.Json.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        erase.ExitCode.Should().Be(0, erase.Stderr);
        erase.Json.GetProperty("events").GetInt32().Should().Be(dry.Json.GetProperty("events").GetInt32());
        erase.Json.GetProperty("erasureId").GetString().Should().StartWith("era-");
        verify.ExitCode.Should().Be(0, verify.Stdout);
        gone.ExitCode.Should().Be(1);
        gone.Stderr.Should().Contain("[contact.not-found]");
        both.ExitCode.Should().Be(1);
        both.Stderr.Should().Contain("[lookup.one]");
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task DpoProcessors_AddWithdrawListDeliver_OwedEventsVisible_SecretNeverPrinted()
    {
        const string secret = "vendor-secret-from-the-environment-0123456789";
        await TargetingCliTests.SeedAsync(_cli, 1);
        _cli.Environment["VENDOR_SECRET"] = secret;
        int closedPort;
        using (var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            socket.Start();
            closedPort = ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
        }

        var unset = await _cli.RunWithDbAsync("dpo", "processors", "add", "--id", "sms-vendor", "--name", "SMS Vendor", "--url", "https://vendor.example/hook", "--secret-env", "NOT_SET_ANYWHERE");
        var add = await _cli.RunWithDbAsync("dpo", "processors", "add", "--id", "sms-vendor", "--name", "SMS Vendor", "--url", $"http://127.0.0.1:{closedPort}/hook", "--secret-env", "VENDOR_SECRET", "--json");
        var quiet = await _cli.RunWithDbAsync("dpo", "processors", "list", "--json");
        var stop = await _cli.RunWithDbAsync("inbound", "sms", "--from", "+15145550000", "--body", "STOP");
        var deliver = await _cli.RunWithDbAsync("dpo", "processors", "deliver", "--json");
        var owed = await _cli.RunWithDbAsync("dpo", "processors", "list", "--json");
        var text = await _cli.RunWithDbAsync("dpo", "processors", "list");

        unset.ExitCode.Should().Be(1);
        unset.Stderr.Should().Contain("[secret_env.unset]");
        add.ExitCode.Should().Be(0, add.Stderr);
        quiet.ExitCode.Should().Be(0, "nothing is owed yet");
        stop.ExitCode.Should().Be(0, stop.Stderr);
        deliver.ExitCode.Should().Be(4);
        deliver.Json.GetProperty("failed").GetInt32().Should().Be(1);
        owed.ExitCode.Should().Be(4);
        var vendor = owed.Json.GetProperty("processors")[0];
        vendor.GetProperty("pending").GetInt64().Should().Be(2, "the STOP's withdrawal and suppression are owed");
        vendor.GetProperty("lastError").GetString().Should().Be("network ConnectionRefused");
        text.Stdout.Should().Contain("2 events owed since");
        string.Concat(new[] { unset, add, quiet, stop, deliver, owed, text }.Select(r => r.Stdout + r.Stderr)).Should().NotContain(secret);
    }

    [Fact]
    [Trait("Req", "R60")]
    [Trait("Req", "R65")]
    [Trait("Req", "R56")]
    [Trait("Req", "R62")]
    public async Task Dpo_RequestsAndIncidents_RegisterWithDeadlines()
    {
        await TargetingCliTests.SeedAsync(_cli, 1);

        var old = await _cli.RunWithDbAsync("dpo", "requests", "add", "--kind", "access", "--via", "sms", "--received-at", "2026-01-05T15:00:00Z", "--contact", "c-0", "--json");
        var fresh = await _cli.RunWithDbAsync("dpo", "requests", "add", "--kind", "erasure", "--via", "email", "--json");
        var overdue = await _cli.RunWithDbAsync("dpo", "requests", "list", "--overdue", "--json");
        var badKind = await _cli.RunWithDbAsync("dpo", "requests", "add", "--kind", "delete", "--via", "sms");
        var incident = await _cli.RunWithDbAsync("dpo", "incidents", "add", "--kind", "lost_device", "--occurred-from", "2026-01-05T15:00:00Z", "--aware-at", "2026-01-06T09:00:00Z",
            "--circumstances", "Tablette de pointage perdue", "--categories", "contact,location", "--persons", "120", "--sensitivity", "medium", "--likelihood", "medium", "--json");
        var badCategory = await _cli.RunWithDbAsync("dpo", "incidents", "add", "--kind", "other", "--occurred-from", "2026-01-05T15:00:00Z", "--aware-at", "2026-01-06T09:00:00Z",
            "--circumstances", "x", "--categories", "shoes", "--persons", "1", "--sensitivity", "low", "--likelihood", "low");
        var purge = await _cli.RunWithDbAsync("dpo", "purge", "--dry-run", "--json");

        old.ExitCode.Should().Be(0, old.Stderr);
        old.Json.GetProperty("requests")[0].GetProperty("dueDate").GetString().Should().Be("2026-02-04", "Québec: 30 days");
        old.Json.GetProperty("requests")[0].GetProperty("reportedExclusion").GetProperty("source").GetString().Should().Contain("R60", "Québec: the Election Act reportedly excludes access; shown, not applied");
        fresh.ExitCode.Should().Be(0, fresh.Stderr);
        overdue.Json.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).Should().Equal("access");
        badKind.ExitCode.Should().Be(2);
        incident.ExitCode.Should().Be(0, incident.Stderr);
        var entry = incident.Json.GetProperty("incidents")[0];
        entry.GetProperty("seriousInjuryRisk").GetBoolean().Should().BeTrue();
        entry.GetProperty("authorityNoticeOverdue").GetBoolean().Should().BeTrue("Québec: promptly, and nobody was told");
        var notice = await _cli.RunWithDbAsync("dpo", "incidents", "export", entry.GetProperty("id").GetString()!, "--contact-person", "Responsable PRP");
        notice.ExitCode.Should().Be(0, notice.Stderr);
        notice.Json.GetProperty("authority").GetString().Should().Contain("CAI");
        notice.Json.GetProperty("fields")[6].GetProperty("key").GetString().Should().Be("persons");
        notice.Json.GetProperty("fields")[6].GetProperty("value").GetString().Should().Be("120");
        (await _cli.RunWithDbAsync("dpo", "incidents", "export", "inc-404", "--contact-person", "x")).ExitCode.Should().Be(1);
        badCategory.ExitCode.Should().Be(1);
        badCategory.Stderr.Should().Contain("categories:").And.Contain("[categories.unknown]");
        purge.ExitCode.Should().Be(0, purge.Stderr);
        purge.Json.GetProperty("dryRun").GetBoolean().Should().BeTrue();
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
