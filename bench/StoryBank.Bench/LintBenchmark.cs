using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Import;

namespace StoryBank.Bench;

/// <summary>
/// The coach in-process on one generated bank: import vs lint time, MB/s, and the time each rule takes alone
/// (the whole lint with every other rule off), so a slow rule shows up by name.
/// </summary>
internal static class LintBenchmark
{
    private const int Seed = 7;
    private const int Runs = 5;

    public static void Run(int kilobytes)
    {
        Console.WriteLine($"== lint: one generated bank of ~{kilobytes} KB, in-process, median of {Runs} ==");
        var writer = new StringWriter();
        BankGenerator.Write(writer, Seed, kilobytes * 1024L);
        var text = writer.ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        var megabytes = bytes.Length / (1024.0 * 1024.0);

        // The first call of each in this process: what one `storybank lint` run pays, start-up aside.
        var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        var document = BankImporter.Import(bytes, "bench.md").File!.Document;
        var importCold = clock.Elapsed.TotalMilliseconds;
        var importGc = (GC.CollectionCount(0) - gcs, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        clock.Restart();
        var source = new SourceLines(text);
        StoryCoach.Lint(document, CoachOptions.Default, source);
        var lintCold = clock.Elapsed.TotalMilliseconds;
        var lintGc = (GC.CollectionCount(0) - gcs, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        Console.WriteLine($"garbage collection: import {importGc.Item1} GCs, {importGc.Item2:F0} ms paused · lint {lintGc.Item1} GCs, {lintGc.Item2:F0} ms paused");
        Console.WriteLine($"{document.Stories.Count} stories, {megabytes:F2} MB");
        Console.WriteLine($"first call: import {importCold:F0} ms + lint {lintCold:F0} ms = {megabytes / ((importCold + lintCold) / 1000):F1} MB/s");

        var import = Median(() => BankImporter.Import(bytes, "bench.md"));
        var lint = Median(() => StoryCoach.Lint(document, CoachOptions.Default, source));
        var findings = StoryCoach.Lint(document, CoachOptions.Default, source).Findings.Count();
        Console.WriteLine($"import {import:F0} ms ({megabytes / (import / 1000):F1} MB/s) · lint {lint:F0} ms ({megabytes / (lint / 1000):F1} MB/s) · {findings} findings");
        Console.WriteLine();
        Console.WriteLine("rule alone            ms");
        var off = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, _ => Severity.None, StringComparer.Ordinal);
        var none = CoachOptions.Default with { Severities = off.ToFrozenDictionary(StringComparer.Ordinal) };
        var baseline = Median(() => StoryCoach.Lint(document, none, source));
        Console.WriteLine($"{"(no rule)",-20} {baseline,5:F0}   {Allocated(() => StoryCoach.Lint(document, none, source)) / 1e6,6:F1} MB allocated");
        var numbersOnly = new Dictionary<string, Severity>(off, StringComparer.Ordinal) { ["SB6001"] = Severity.Error, ["SB6002"] = Severity.Error, ["SB6003"] = Severity.Warning };
        Console.WriteLine($"{"(numbers rules)",-20} {Median(() => StoryCoach.Lint(document, none with { Severities = numbersOnly.ToFrozenDictionary(StringComparer.Ordinal) }, source)),5:F0}");
        var allButNumbers = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Category == RuleCategory.Numbers ? Severity.None : r.Descriptor.DefaultSeverity, StringComparer.Ordinal);
        Console.WriteLine($"{"(all but numbers)",-20} {Median(() => StoryCoach.Lint(document, none with { Severities = allButNumbers.ToFrozenDictionary(StringComparer.Ordinal) }, source)),5:F0}");
        foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor))
        {
            var only = new Dictionary<string, Severity>(off, StringComparer.Ordinal) { [rule.Id] = rule.DefaultSeverity };
            var options = CoachOptions.Default with { Severities = only.ToFrozenDictionary(StringComparer.Ordinal) };
            var time = Median(() => StoryCoach.Lint(document, options, source));
            var allocated = Allocated(() => StoryCoach.Lint(document, options, source));
            Console.WriteLine($"{rule.Id} {rule.Alias,-28} {time,5:F0}   {allocated / 1e6,6:F1} MB allocated");
        }

        // Measured again once every rule's code has been compiled at full optimisation (the first figure includes tiering).
        var warm = Median(() => StoryCoach.Lint(document, CoachOptions.Default, source));
        Console.WriteLine($"{"(all rules, warm)",-20} {warm,5:F0}   {megabytes / (warm / 1000):F1} MB/s");
        Console.WriteLine(FormattableString.Invariant($"ENGINE megabytes={megabytes:F3} import_cold_ms={importCold:F0} lint_cold_ms={lintCold:F0} import_warm_ms={import:F0} lint_warm_ms={warm:F0}"));
    }

    private static double Median(Action action)
    {
        action();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static double Median(Func<object> action) => Median(() => { _ = action(); });
}
