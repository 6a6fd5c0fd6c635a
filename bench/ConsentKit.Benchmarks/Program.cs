using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ConsentKit.Benchmarks -- --filter '*'
// Results are copied into docs/performance.md with their baselines.
//
// dotnet run -c Release --project bench/ConsentKit.Benchmarks -- --write-dense-jsonl FILE MEGABYTES
// writes the dense corpus of PromptDenseScanBenchmarks as JSON Lines, for the whole-process comparison with other
// redactors (eng/dense-speed): one generator for both measurements.
if (args is ["--write-dense-jsonl", var path, var megabytes])
{
    ConsentKit.Benchmarks.PromptCorpus.WriteDenseJsonLines(path, int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// dotnet run -c Release --project bench/ConsentKit.Benchmarks -- --time-scan sparse|dense N
// scans the 5 MB corpus N times after a warm-up and prints the mean: a steady loop to run under `perf record` when looking
// for where the time goes. Not a measurement (BenchmarkDotNet is).
if (args is ["--time-scan", var kind, var count])
{
    var text = kind == "dense"
        ? ConsentKit.Benchmarks.PromptCorpus.GenerateDense(5 * 1024 * 1024, seed: 7)
        : ConsentKit.Benchmarks.PromptCorpus.Generate(5 * 1024 * 1024, seed: 7);
    for (var w = 0; w < 30; w++)
    {
        ConsentKit.Prompts.PersonalDataScanner.Default.Scan(text);
    }

    var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    for (var k = 0; k < n; k++)
    {
        ConsentKit.Prompts.PersonalDataScanner.Default.Scan(text);
    }

    Console.WriteLine($"{kind}: {watch.Elapsed.TotalMilliseconds / n:F1} ms per scan");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
