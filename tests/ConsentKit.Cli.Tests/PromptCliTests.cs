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

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdin")]
    [Trait("Req", "R42")]
    public async Task ScanJsonl_FromAPipe_SameResultsAsFromTheFile(string source)
    {
        // A pipe cannot be sought: the tool reads the byte order mark it looks for as the start of the first line.
        var content = "\uFEFF" + string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Rappeler Olivier Tremblay au 514 555-{i % 10000:0000}.\"}}"));
        using var cli = new CliRunner();
        var file = cli.WriteFile("lines.jsonl", content);

        var fromFile = await cli.RunAsync("scan", "--jsonl", file);
        var fromPipe = await cli.RunWithInputAsync(content, "scan", "--jsonl", source);

        fromFile.ExitCode.Should().Be(0, fromFile.Stderr);
        fromPipe.ExitCode.Should().Be(0, fromPipe.Stderr);
        fromPipe.Stdout.Should().Be(fromFile.Stdout);
        fromFile.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3000);
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task ScanJsonl_ManyBatchesWithBlankMalformedLongAndNonUtf8Lines_OneResultPerLineInInputOrder_AsTheScannerSays()
    {
        // A file that crosses several batches of the parallel reader and its buffer's edges: a byte order mark, CRLF and LF
        // endings, blank lines (one of Unicode spaces), malformed lines anywhere, a line longer than the read buffer, and a
        // line whose bytes are not valid UTF-8 (read as U+FFFD, as a text reader reads it).
        var random = new Random(19);
        string[] texts = ["Écris à élise@exemple.qc.ca, elle a le diabète.", "rien ici", "Call 514-555-0188 after 6", "NAS 046 454 286",
            "Rappeler Olivier Tremblay au 514 555-0510.", "IBAN FR76 3000 6000 0112 3456 7890 189"];
        using var file = new MemoryStream();
        file.Write("\uFEFF"u8);
        var expected = new List<(string Id, string Text)>();
        var malformedAt = new List<int>();
        var number = 0;
        void Line(string content, string ending)
        {
            number++;
            file.Write(System.Text.Encoding.UTF8.GetBytes(content + ending));
        }

        for (var i = 0; i < 5000; i++)
        {
            var ending = random.Next(3) == 0 ? "\r\n" : "\n";
            switch (random.Next(40))
            {
                case 0:
                    Line("", ending);
                    break;
                case 1:
                    Line("\u00A0 \t", ending);
                    break;
                case 2:
                    Line("""{"id": "x", "text": oops}""", ending);
                    malformedAt.Add(number);
                    break;
                case 3:
                    Line("[1,2]", ending);
                    malformedAt.Add(number);
                    break;
                default:
                    var text = texts[random.Next(texts.Length)];
                    Line(JsonSerializer.Serialize(new { id = $"l-{i}", text }), ending);
                    expected.Add(($"l-{i}", text));
                    break;
            }

            if (i == 2500)
            {
                var longText = string.Concat(Enumerable.Repeat("Le comité se réunit jeudi soir. ", 45_000)) + "Écrire à a.b@exemple.org";
                Line(JsonSerializer.Serialize(new { id = "long", text = longText }), "\n");
                expected.Add(("long", longText));
                number++;
                file.Write("{\"id\":\"bad-utf8\",\"text\":\"caf"u8);
                file.WriteByte(0xE9);
                file.Write(" 514-555-0199\"}\n"u8);
                expected.Add(("bad-utf8", "caf\uFFFD 514-555-0199"));
            }
        }

        Line(JsonSerializer.Serialize(new { id = "last", text = "sans fin de ligne 514-555-0111" }), "");
        expected.Add(("last", "sans fin de ligne 514-555-0111"));
        var input = Path.Combine(_cli.Directory, "many.jsonl");
        await File.WriteAllBytesAsync(input, file.ToArray());

        var result = await _cli.RunAsync("scan", "--jsonl", input);

        result.ExitCode.Should().Be(1);
        result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => int.Parse(l.Split(' ')[2].TrimEnd(':'), System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(malformedAt);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("id").GetString()).Should().Equal(expected.Select(e => e.Id));
        for (var i = 0; i < lines.Count; i++)
        {
            var scan = ConsentKit.Prompts.PersonalDataScanner.Default.Scan(expected[i].Text);
            lines[i].GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))
                .Should().Equal(scan.Entities.Select(e => ((string?)ConsentKit.Prompts.PromptVocabulary.Name(e.Type), e.Start, e.End)), expected[i].Id);
            lines[i].GetProperty("sensitive").EnumerateArray().Select(s => s.GetString())
                .Should().Equal(scan.Sensitive.Select(s => ConsentKit.Prompts.PromptVocabulary.SensitiveName(s)), expected[i].Id);
        }
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
