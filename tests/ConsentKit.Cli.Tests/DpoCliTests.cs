using ConsentKit.Tests.Support;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class DpoCliTests(ITestStoreProvider provider) : IDisposable
{
    private readonly CliRunner _cli = new(provider);

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
        fresh.ExitCode.Should().Be(0, fresh.Stderr);
        overdue.Json.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).Should().Equal("access");
        badKind.ExitCode.Should().Be(2);
        incident.ExitCode.Should().Be(0, incident.Stderr);
        var entry = incident.Json.GetProperty("incidents")[0];
        entry.GetProperty("seriousInjuryRisk").GetBoolean().Should().BeTrue();
        entry.GetProperty("authorityNoticeOverdue").GetBoolean().Should().BeTrue("Québec: promptly, and nobody was told");
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

public sealed class DpoCliTestsOnSqlite() : DpoCliTests(SqliteTestProvider.Instance);
