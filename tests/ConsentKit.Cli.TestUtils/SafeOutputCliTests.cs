using System.Globalization;
using System.Text;
using ConsentKit.Testing;
using FluentAssertions;
using Xunit;

namespace ConsentKit.Cli.Tests;

/// <summary>
/// Issue 16 §7: what the tool writes never destroys a store, never leaves a half-written file, is readable by its owner
/// only when it holds personal data, and cannot run as a formula in a spreadsheet.
/// </summary>
public abstract class SafeOutputCliTests(ITestStoreProvider provider) : IDisposable
{
    private readonly CliRunner _cli = new(provider);

    [Fact]
    [Trait("Req", "R57")]
    [Trait("Req", "R49")]
    public async Task Out_TheStoreAnotherSqliteFileOrAFolder_IsRefusedAndNothingIsTouched()
    {
        await TargetingCliTests.SeedAsync(_cli, 2);
        var other = Path.Combine(_cli.Directory, "other.db");
        (await _cli.RunAsync("init", "--name", "Parti test", "--db", other)).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(other);
        var targets = new List<(string Target, string Rule)> { (other, "out.sqlite-file"), (_cli.Directory, "out.directory") };
        if (!_cli.Db.StartsWith("postgres", StringComparison.Ordinal))
        {
            targets.Add((_cli.Db, "out.is-store"));
            targets.Add((_cli.Db + "-wal", "out.is-store"));
        }

        foreach (var (target, rule) in targets)
        {
            foreach (var command in new[]
            {
                new[] { "dpo", "export", "--contact", "c-1", "--out", target },
                ["transparency", "report", "--from", "2026-01-01", "--to", "2026-12-31", "--out", target],
                ["gate", "batch", "--purpose", "gotv", "--channel", "sms", "--out", target],
            })
            {
                var result = await _cli.RunWithDbAsync(command);
                result.ExitCode.Should().Be(1, $"{string.Join(' ', command)}: {result.Stdout}{result.Stderr}");
                result.Stderr.Should().Contain($"[{rule}]").And.NotContain("   at ");
            }
        }

        File.ReadAllBytes(other).Should().Equal(before);
        (await _cli.RunWithDbAsync("verify")).ExitCode.Should().Be(0, "the store is intact");
    }

    [Fact]
    [Trait("Req", "R57")]
    [Trait("Req", "R49")]
    public async Task DpoExport_PersonalData_IsWrittenWholeReadableByItsOwnerOnly_WithFormulasNeutralised()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "qc")).ExitCode.Should().Be(0);
        var csv = new StringBuilder(ConsentKit.Testing.Contacts.CsvImportTests.Header + "\n");
        csv.Append(ConsentKit.Testing.Contacts.CsvImportTests.Row("c-1", phone: "+15145550101")
            .Replace(",Élise,Tremblay,", ",\"=HYPERLINK(\"\"http://x.example/\"\",\"\"clic\"\")\",@SUM(A1),", StringComparison.Ordinal)).Append('\n');
        var import = await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", csv.ToString()));
        import.ExitCode.Should().Be(0, import.Stderr);

        var target = Path.Combine(_cli.Directory, "portability.csv");
        File.WriteAllText(target, "an older export");
        var export = await _cli.RunWithDbAsync("dpo", "export", "--contact", "c-1", "--format", "portability-csv", "--out", target);
        export.ExitCode.Should().Be(0, export.Stderr);

        var lines = File.ReadAllLines(target);
        lines.Should().Contain(l => l.StartsWith("first_name,", StringComparison.Ordinal) && l.Contains("'=HYPERLINK", StringComparison.Ordinal));
        lines.Should().Contain("last_name,'@SUM(A1)");
        lines.Should().Contain("phone,+15145550101", "a typed E.164 phone stays as it is");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.GetFiles(_cli.Directory, "*.tmp").Should().BeEmpty("the temporary file is renamed over the target");
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
