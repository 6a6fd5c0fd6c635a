using System.Diagnostics;

namespace ConsentKit.Sample.Tests;

/// <summary>The README's first command, run as a process: the demo reads appsettings.json and leaves no file behind.</summary>
public sealed class DemoTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunDemoAsync(Dictionary<string, string>? environment = null, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConsentKit.Sample.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Demo_Run_ExitsZeroAndRemovesItsTemporaryFiles()
    {
        var (exit, stdout, stderr) = await RunDemoAsync();

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("Demo completed.");
        var store = stdout.Split('\n')[0].Split("Store created at ")[1].Split(' ')[0];
        var report = stdout.Split('\n').Single(l => l.StartsWith("19. ", StringComparison.Ordinal)).Split("answered: ")[1].Split(' ')[0];
        foreach (var file in new[] { store, store + "-wal", store + "-shm", store + ".key", store + ".optout", report })
        {
            File.Exists(file).Should().BeFalse(file);
        }
    }

    [Fact]
    public async Task Demo_BadSettingInTheEnvironment_OneLinePerKeyExitOne_NoStackTrace()
    {
        var (exit, _, stderr) = await RunDemoAsync(new() { ["ConsentKit__Jurisdiction"] = "zz" });

        exit.Should().Be(1);
        stderr.Should().Contain("configuration: ConsentKit:Jurisdiction: must be one of qc|ca|fr.").And.NotContain("   at ");
    }

    [Fact]
    public async Task Serve_UnknownOption_UsageLineExitTwo()
    {
        var (exit, _, stderr) = await RunDemoAsync(null, "serve", "--bogus");

        exit.Should().Be(2);
        stderr.Should().Contain("usage: serve [http://127.0.0.1:PORT] [--db PATH] [--port N]");
    }
}
