using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StoryBank.Core.Import;

namespace StoryBank.Bench;

/// <summary>BenchmarkDotNet: one ~100 KB bank, StoryBank's import against Markdig's bare parse (the baseline).</summary>
[MemoryDiagnoser]
public class ImportMicroBenchmark
{
    private byte[] _bank = [];

    [GlobalSetup]
    public void Setup() => _bank = Encoding.UTF8.GetBytes(BankGenerator.Generate(seed: 42, targetBytes: 100 * 1024));

    [Benchmark(Baseline = true, Description = "Markdig parse (floor)")]
    public int MarkdigParse() => Passes.ParseWithMarkdig(_bank);

    [Benchmark(Description = "StoryBank import")]
    public ImportOutcome StoryBankImport() => BankImporter.Import(_bank, "bank.md");

    /// <summary>Runs in this process (no generated project to build), with BenchmarkDotNet's short job.</summary>
    public static void Run(string[] benchmarkArgs)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "storybank-bench-micro"));
        BenchmarkRunner.Run<ImportMicroBenchmark>(config, benchmarkArgs);
    }
}
