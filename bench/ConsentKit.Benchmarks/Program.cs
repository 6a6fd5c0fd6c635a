using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ConsentKit.Benchmarks -- --filter '*'
// Results are copied into docs/performance.md with their baselines.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
