using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/RecoveryBot.Benchmarks -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(RecoveryBot.Benchmarks.ActivityJsonBenchmarks).Assembly).Run(args);
