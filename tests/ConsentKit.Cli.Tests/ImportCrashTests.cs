using System.Diagnostics;

namespace ConsentKit.Cli.Tests;

/// <summary>A process killed during an import leaves all or nothing of it, and the ledger still verifies.</summary>
public sealed class ImportCrashTests : IDisposable
{
    private const int Rows = 60_000;
    private readonly CliRunner _cli = new();

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6)]
    [InlineData(1.0)]
    public async Task Import_KilledMidway_LeavesAllOrNothing(double killAtWalFraction)
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test")).ExitCode.Should().Be(0);
        var file = _cli.WriteFile("big.csv", CliTests.Csv(Rows));

        using var process = Process.Start(CliRunner.StartInfo("contacts", "import", file, "--db", _cli.Db))!;
        var wal = _cli.Db + "-wal";
        var deadline = Stopwatch.StartNew();

        // Kill once the write transaction is under way (the WAL grows), or right away for fraction 0.
        var threshold = (long)(killAtWalFraction * 8_000_000);
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60)
               && (killAtWalFraction == 0 ? deadline.ElapsedMilliseconds < 300 : !File.Exists(wal) || new FileInfo(wal).Length < threshold))
        {
            await Task.Delay(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();

        var consents = _cli.Scalar("SELECT COUNT(*) FROM ledger_events WHERE purpose IS NOT NULL");
        var contacts = _cli.Scalar("SELECT COUNT(*) FROM contacts");
        consents.Should().BeOneOf(0, Rows);
        contacts.Should().Be(consents == 0 ? 0 : Rows);
        var verify = await _cli.RunWithDbAsync("verify", "--json");
        verify.ExitCode.Should().Be(0, verify.Stdout);
    }

    public void Dispose() => _cli.Dispose();
}
