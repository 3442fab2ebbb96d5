using BenchmarkDotNet.Running;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Entry point (a named class: the host's top-level <c>Program</c> is referenced by the turn pipeline suite).
/// <c>dotnet run -c Release --project bench/RecoveryBot.Benchmarks -- --filter '*' --job short</c> (see bench/README.md).
/// </summary>
public static class BenchmarkMain
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
}
