using ConsentKit.Testing;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class ExplanationCliTests(ITestStoreProvider provider) : IDisposable
{
    private readonly CliRunner _cli = new(provider);

    private static string Line(string messageId, string contact, string extra = "") =>
        $$$"""{"messageId":"{{{messageId}}}","contact":"{{{contact}}}","purpose":"gotv","channel":"sms","campaign":"Rappel","sentAt":"2026-11-20T18:30:00Z","sender":{"name":"Équipe Laval","organisation":"Parti de l'Exemple","privacyOfficer":"vieprivee@parti.example"},"segment":null,"fields":["first_name","city"{{{extra}}}],"ai":{"drafted":true,"reviewedBy":"staff-2","targeting":false,"providers":[{"name":"Model Co","country":"US"}]}}""";

    [Fact]
    [Trait("Req", "R50")]
    public async Task SendRecord_MixedFile_PerLineErrorsWithLineNumbers_RetryIdempotent()
    {
        await TargetingCliTests.SeedAsync(_cli, 120);
        var segment = await _cli.RunWithDbAsync("segment", "check", _cli.WriteFile("s.json", """{"include":{"field":"city","op":"eq","value":"Laval"}}"""), "--purpose", "gotv", "--json");
        var registerId = segment.Json.GetProperty("registerId").GetString()!;
        var file = _cli.WriteFile("sends.jsonl", string.Join('\n',
            Line("m-1", "c-0").Replace("\"segment\":null", $"\"segment\":\"{registerId}\"", StringComparison.Ordinal),
            "{not json",
            Line("m-3", "c-2", ",\"shoe_size\""),
            Line("m-4", "nobody"),
            "") + "\n");

        var first = await _cli.RunWithDbAsync("send", "record", file, "--json");
        var retry = await _cli.RunWithDbAsync("send", "record", file, "--json", "--allow-blocked");

        first.ExitCode.Should().Be(1);
        first.Json.GetProperty("recorded").GetInt32().Should().Be(1);
        first.Json.GetProperty("invalid").GetInt32().Should().Be(2);
        first.Json.GetProperty("blocked").GetInt32().Should().Be(1);
        first.Stderr.Should().Contain("error: line 2: line: the line is not valid JSON").And.Contain("line 3: fields.shoe_size").And.Contain("line 4: gate").And.Contain("UnknownContact");
        first.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).Should().Equal(2, 3, 4);
        retry.Json.GetProperty("alreadyRecorded").GetInt32().Should().Be(1);
        retry.Json.GetProperty("violations").GetInt32().Should().Be(1);
        _cli.Scalar("SELECT COUNT(*) FROM send_records").Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R50")]
    [Trait("Req", "R51")]
    public async Task Explain_EveryFormat_DocumentedOutput()
    {
        await TargetingCliTests.SeedAsync(_cli, 10);
        (await _cli.RunWithDbAsync("send", "record", _cli.WriteFile("sends.jsonl", Line("m-1", "c-0") + "\n"))).ExitCode.Should().Be(0);

        var text = await _cli.RunWithDbAsync("explain", "m-1", "--lang", "en");
        var json = await _cli.RunWithDbAsync("explain", "m-1", "--format", "json");
        var sms = await _cli.RunWithDbAsync("explain", "m-1", "--lang", "fr", "--format", "sms");
        var html = await _cli.RunWithDbAsync("explain", "m-1", "--format", "html", "--lang", "en");
        var unknown = await _cli.RunWithDbAsync("explain", "m-404");
        var badFormat = await _cli.RunWithDbAsync("explain", "m-1", "--format", "pdf");

        text.ExitCode.Should().Be(0, text.Stderr);
        text.Stdout.Should().StartWith("Why did you get this message?").And.Contain("Message written with the help of AI and reviewed by our team.");
        json.Json.GetProperty("culture").GetString().Should().Be("fr-CA", "the store's language by default");
        json.Json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()).Should().Equal("what", "why", "data", "consent", "ai", "period", "choices");
        sms.Stdout.Should().StartWith("Parti de l'Exemple : message politique.").And.Contain("STOP");
        ConsentKit.Gate.SmsText.Measure(sms.Stdout.TrimEnd('\n')).Segments.Should().BeLessThanOrEqualTo(2);
        html.Stdout.Should().StartWith("<!doctype html>").And.Contain("<html lang=\"en-CA\">").And.NotContain("<script");
        unknown.ExitCode.Should().Be(1);
        unknown.Stderr.Should().Contain("[message.unknown]");
        badFormat.ExitCode.Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R51")]
    public async Task ConfigSetLinkBase_ThenExplainSms_CarriesTheFullLink_BadUrlRefusedNamingTheField()
    {
        await TargetingCliTests.SeedAsync(_cli, 10);
        (await _cli.RunWithDbAsync("send", "record", _cli.WriteFile("sends.jsonl", Line("m-1", "c-0") + "\n"))).ExitCode.Should().Be(0);

        var unset = await _cli.RunWithDbAsync("config", "get", "link-base", "--json");
        var bad = await _cli.RunWithDbAsync("config", "set", "link-base", "javascript:alert(1)", "--json");
        var set = await _cli.RunWithDbAsync("config", "set", "link-base", "https://parti.example/w", "--json");
        var get = await _cli.RunWithDbAsync("config", "get", "link-base");
        var sms = await _cli.RunWithDbAsync("explain", "m-1", "--lang", "fr", "--format", "sms");

        unset.ExitCode.Should().Be(0, unset.Stderr);
        unset.Json.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        bad.ExitCode.Should().Be(1);
        bad.Stderr.Should().Contain("link-base").And.Contain("link-base.format");
        set.ExitCode.Should().Be(0, set.Stderr);
        set.Json.GetProperty("value").GetString().Should().Be("https://parti.example/w/");
        get.Stdout.Trim().Should().Be("https://parti.example/w/");
        sms.Stdout.Should().MatchRegex(@"Détails : https://parti\.example/w/[0-9A-Z]{13} ");
        ConsentKit.Gate.SmsText.Measure(sms.Stdout.TrimEnd('\n')).Segments.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    [Trait("Req", "R26")]
    public async Task Init_NewStoreWithoutName_RefusedNamingTheField_NothingSignedDefault()
    {
        var refused = await _cli.RunWithDbAsync("init", "--jurisdiction", "qc", "--json");
        var named = await _cli.RunWithDbAsync("init", "--jurisdiction", "qc", "--name", "Les Écologistes");
        var again = await _cli.RunWithDbAsync("init", "--jurisdiction", "qc");
        var stop = await _cli.RunWithDbAsync("inbound", "sms", "--from", "+15145550199", "--body", "STOP", "--json");

        refused.ExitCode.Should().Be(1);
        refused.Stderr.Should().Contain("name.required").And.Contain("--name");
        named.ExitCode.Should().Be(0, named.Stderr);
        again.ExitCode.Should().Be(0, "a named store keeps its name");
        stop.Stdout.Should().Contain("Les Écologistes").And.NotContain("default");
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
