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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
