using System.Diagnostics;
using System.Text.Json;
using ConsentKit.Testing;

namespace ConsentKit.Cli.Tests;

/// <summary>Runs the real consentkit tool in its own process, on a real store: a SQLite file, or a PostgreSQL schema.</summary>
public sealed class CliRunner : IDisposable
{
    public static readonly string RepoRoot = FindRepoRoot();

    private readonly ITestDatabase _database;

    public CliRunner()
        : this(SqliteTestProvider.Instance)
    {
    }

    public CliRunner(ITestStoreProvider provider)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"ck-cli-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        _database = provider is SqliteTestProvider ? new SqliteTestDatabase(Path.Combine(Directory, "store.db")) : provider.Create();
        Db = _database.CliArgument;
    }

    public string Directory { get; }

    public string Db { get; }

    public static string ToolPath
    {
        get
        {
            // The tests run the tool built in the same configuration as themselves.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepoRoot, "src", "ConsentKit.Cli", "bin", configuration, "net10.0", "ConsentKit.Cli.dll");
        }
    }

    /// <summary>
    /// A published tool to run instead of the build output (<c>CONSENTKIT_CLI_EXE</c>): how the suite checks the Native AOT
    /// tool (docs/performance.md), with the same tests.
    /// </summary>
    public static string? PublishedTool => System.Environment.GetEnvironmentVariable("CONSENTKIT_CLI_EXE") is { Length: > 0 } exe ? exe : null;

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo(PublishedTool ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (PublishedTool is null)
        {
            info.ArgumentList.Add(ToolPath);
        }

        // A PostgreSQL store's key comes from outside the database: the test stores share one (a SQLite store's is its key file).
        if (args.Any(a => a.StartsWith("postgres", StringComparison.Ordinal)))
        {
            info.Environment["CONSENTKIT_KEY"] = TestKeys.PostgreSqlBase64;
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>Environment variables set for every run of this runner (such as a secret named by --secret-env).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var info = StartInfo(args);
        foreach (var (name, value) in Environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public Task<CliResult> RunWithDbAsync(params string[] args) => RunAsync([.. args, "--db", Db]);

    /// <summary>Runs the tool with <paramref name="input"/> written to its standard input through a pipe, then closed.</summary>
    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        var info = StartInfo(args);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(input));
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public long Scalar(string sql) => _database.ScalarAsync(sql).GetAwaiter().GetResult();

    public void Execute(string sql) => _database.ExecuteAsync(sql).GetAwaiter().GetResult();

    public void Dispose()
    {
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed tool may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsentKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConsentKit.sln not found above the test binaries.");
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
}
