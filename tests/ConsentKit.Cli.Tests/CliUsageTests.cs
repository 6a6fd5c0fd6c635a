using System.Diagnostics;

namespace ConsentKit.Cli.Tests;

/// <summary>What a person typing at a terminal sees: the tool's name, one sentence for a mistake, a confirmation before an erasure.</summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Theory]
    [InlineData(new[] { "frobnicate" }, "usage: 'frobnicate' is not a command or option of 'consentkit'. Run 'consentkit --help' for the list.")]
    [InlineData(new[] { "gate", "frob" }, "usage: 'frob' is not a command or option of 'consentkit gate'. Run 'consentkit gate --help' for the list.")]
    [InlineData(new[] { "gate" }, "usage: 'consentkit gate' needs a command: check, batch, reserve. Run 'consentkit gate --help'.")]
    public async Task Run_UnknownOrMissingSubcommand_OneClearSentenceExitTwo(string[] args, string sentence)
    {
        var result = await _cli.RunAsync(args);

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().Be(sentence);
    }

    [Fact]
    public async Task Help_UsageLine_NamesTheToolAsUsersTypeIt()
    {
        (await _cli.RunAsync("--help")).Stdout.Should().Contain("Usage:\n  consentkit [command] [options]");
    }

    [Fact]
    [Trait("Req", "R59")]
    public async Task DpoErase_OnATerminal_AsksForTheContactId_WrongAnswerErasesNothing_YesSkips()
    {
        await TargetingCliTests.SeedAsync(_cli, 2);

        var refused = await OnTerminalAsync("c-1-oops\n", "dpo", "erase", "--contact", "c-1", "--db", _cli.Db);
        refused.Should().Contain("Type the contact id to confirm").And.Contain("erase.not-confirmed");
        _cli.Scalar("SELECT COUNT(*) FROM contacts WHERE contact_id = 'c-1'").Should().Be(1, "nothing is erased without confirmation");

        var confirmed = await OnTerminalAsync("c-1\n", "dpo", "erase", "--contact", "c-1", "--db", _cli.Db);
        confirmed.Should().Contain("erased c-1");
        var skipped = await OnTerminalAsync("", "dpo", "erase", "--contact", "c-0", "--yes", "--db", _cli.Db);
        skipped.Should().NotContain("Type the contact id").And.Contain("erased c-0");
        (await _cli.RunWithDbAsync("dpo", "erase", "--contact", "c-1")).ExitCode.Should().Be(0, "a script (input not a terminal) is never asked");
    }

    [Fact]
    [Trait("Req", "R49")]
    public async Task Verbose_LogsByCapabilityToStderr_StdoutStaysOneJsonDocument_LevelFromTheEnvironment()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test")).ExitCode.Should().Be(0);

        var quiet = await _cli.RunWithDbAsync("inbound", "sms", "--from", "+15145550100", "--body", "STOP", "--json");
        var verbose = await _cli.RunWithDbAsync("inbound", "sms", "--from", "+15145550100", "--body", "STOP", "--json", "--verbose");
        var info = CliRunner.StartInfo("inbound", "sms", "--from", "+15145550100", "--body", "STOP", "--db", _cli.Db);
        info.Environment["CONSENTKIT_LOG_LEVEL"] = "Warning";
        using var process = Process.Start(info)!;
        var warningStderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        quiet.Stderr.Should().BeEmpty("without --verbose the tool logs nothing");
        verbose.Stderr.Should().Contain("ConsentKit.Gate").And.NotContain("+1514");
        System.Text.Json.JsonDocument.Parse(verbose.Stdout).RootElement.GetProperty("action").GetString().Should().Be("stop");
        warningStderr.Should().NotContain("info:");
    }

    // Runs the tool under a pseudo-terminal (util-linux script), typing the given input.
    private static async Task<string> OnTerminalAsync(string input, params string[] args)
    {
        var command = string.Join(' ', (CliRunner.PublishedTool is { } exe ? new[] { exe } : ["dotnet", CliRunner.ToolPath]).Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var info = new ProcessStartInfo("script", ["-qec", command, "/dev/null"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        await process.StandardInput.FlushAsync();
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return await output;
    }

    public void Dispose() => _cli.Dispose();
}
