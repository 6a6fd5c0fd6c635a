using System.Diagnostics;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public sealed class PromptCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    [Trait("Req", "R42")]
    public async Task ScanJsonl_OneLinePerInputInOrder_MalformedLineReportedAndRunGoesOn()
    {
        var input = _cli.WriteFile("in.jsonl", string.Join('\n',
            """{"id":"a","text":"Écris à élise@exemple.qc.ca, elle a le diabète.","lang":"fr"}""",
            """{"id":"b","text":"rien ici"}""",
            """{"id": 3, "text": oops}""",
            """{"id":"c","text":"Call 514-555-0188"}""") + "\n");

        var result = await _cli.RunAsync("scan", "--jsonl", input);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("line 3").And.Contain("scan.line-malformed");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("id").GetString()).Should().Equal("a", "b", "c");
        lines[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "entities", "sensitive");
        var email = lines[0].GetProperty("entities")[0];
        email.EnumerateObject().Select(p => p.Name).Should().Equal("type", "start", "end");
        (email.GetProperty("type").GetString(), email.GetProperty("start").GetInt32(), email.GetProperty("end").GetInt32()).Should().Be(("EMAIL", 8, 27));
        lines[0].GetProperty("sensitive").EnumerateArray().Select(s => s.GetString()).Should().Equal("HEALTH");
        lines[1].GetProperty("entities").GetArrayLength().Should().Be(0);
        lines[2].GetProperty("entities")[0].GetProperty("type").GetString().Should().Be("PHONE");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task Redact_FiltersStdinToStdout()
    {
        var info = CliRunner.StartInfo("redact");
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync("Rappeler Marie Tremblay au 514 555-0188.");
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0);
        stdout.Should().Be("Rappeler [PERSON_1] au [PHONE_1].");
    }

    [Fact]
    public async Task ScanFile_PrintsTable()
    {
        var file = _cli.WriteFile("note.txt", "NAS 046 454 286, IBAN FR76 3000 6000 0112 3456 7890 189");

        var result = await _cli.RunAsync("scan", file);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("CA_SIN").And.Contain("IBAN").And.Contain("2 entities");
    }

    public void Dispose() => _cli.Dispose();
}
