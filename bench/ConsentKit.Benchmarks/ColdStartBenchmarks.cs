using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ConsentKit.Benchmarks;

/// <summary>
/// Issue 18: a cold <c>consentkit gate check</c> (a new process: runtime start, JIT, ReadyToRun or native code, store open,
/// one decision) against the start of a hello-world console app, measured in the same run. Every invocation is a new process;
/// the operating system's file cache is warm, as on a gateway that sends all day.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30, invocationCount: 1)]
public class ColdStartBenchmarks
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "consentkit-coldstart");
    private string _hello = "";
    private string _jit = "";
    private string _readyToRun = "";
    private string _native = "";
    private string _db = "";

    [GlobalSetup]
    public void Setup()
    {
        var repo = FindRepo();
        Directory.CreateDirectory(Root);
        // The baseline, outside the repository so that none of its build settings apply.
        var hello = Path.Combine(Root, "hello");
        Directory.CreateDirectory(hello);
        File.WriteAllText(Path.Combine(hello, "hello.csproj"),
            """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>""");
        File.WriteAllText(Path.Combine(hello, "Program.cs"), "Console.WriteLine(\"Hello, World!\");");
        Run("dotnet", hello, "publish", "-c", "Release", "-o", Path.Combine(Root, "hello-out"));
        _hello = Path.Combine(Root, "hello-out", "hello");

        var cli = Path.Combine(repo, "src", "ConsentKit.Cli");
        Run("dotnet", repo, "publish", cli, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=false", "-o", Path.Combine(Root, "jit"));
        Run("dotnet", repo, "publish", cli, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true", "-o", Path.Combine(Root, "r2r"));
        Run("dotnet", repo, "publish", cli, "-c", "Release", "-r", "linux-x64", "-o", Path.Combine(Root, "native"));
        _jit = Path.Combine(Root, "jit", "ConsentKit.Cli");
        _readyToRun = Path.Combine(Root, "r2r", "ConsentKit.Cli");
        _native = Path.Combine(Root, "native", "ConsentKit.Cli");

        _db = Path.Combine(Root, "store.db");
        foreach (var f in Directory.GetFiles(Root, "store.db*"))
        {
            File.Delete(f);
        }

        Run(_native, Root, "init", "--db", _db, "--name", "Parti exemple", "--jurisdiction", "qc");
        var csv = Path.Combine(Root, "one.csv");
        File.WriteAllText(csv,
            "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at\n"
            + $"c-1,P,N,+15145550001,,fr,,1990-01-01,gotv,sms,explicit_consent,canvass,n,1,fr,{new string('a', 64)},signé,f,b,true,2026-01-05T15:00:00Z\n");
        Run(_native, Root, "contacts", "import", csv, "--db", _db);
    }

    [Benchmark(Baseline = true, Description = "hello world")]
    public void HelloWorld() => Run(_hello, Root);

    [Benchmark(Description = "gate check, JIT")]
    public void GateCheckJit() => Run(_jit, Root, "gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _db, "--json");

    [Benchmark(Description = "gate check, ReadyToRun")]
    public void GateCheckReadyToRun() => Run(_readyToRun, Root, "gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _db, "--json");

    [Benchmark(Description = "gate check, Native AOT (the tool package on linux-x64)")]
    public void GateCheckNative() => Run(_native, Root, "gate", "check", "--contact", "c-1", "--purpose", "gotv", "--channel", "sms", "--db", _db, "--json");

    private static void Run(string file, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // A check may be blocked (quiet hours on the real clock) and exit 1; it must still have decided, not failed.
        var decided = args.Length > 0 && args[0] == "gate" && output.Contains("\"allowed\"", StringComparison.Ordinal);
        if (process.ExitCode != 0 && !decided)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited {process.ExitCode}: {error}");
        }
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsentKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from the repository (ConsentKit.sln not found above the benchmark).");
    }
}
