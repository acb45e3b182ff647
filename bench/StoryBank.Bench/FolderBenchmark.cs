using System.Diagnostics;
using System.Text;

namespace StoryBank.Bench;

/// <summary>
/// Bulk import of a generated folder of banks, one file at a time: time against Markdig's bare parse
/// (target ≤ 2×), and peak memory at three folder sizes (target: flat, ≤ 300 MB for 50 MB).
/// </summary>
internal static class FolderBenchmark
{
    private const int TimedRuns = 3;
    private const int FirstSeed = 1000;

    public static void Run(int files, int kilobytes)
    {
        Console.WriteLine($"== folder: {files} generated banks of ~{kilobytes} KB, imported one at a time ==");
        var folder = Directory.CreateTempSubdirectory("storybank-bench-folder-");
        try
        {
            var paths = Generate(folder.FullName, files, kilobytes * 1024);
            var inputBytes = paths.Sum(path => new FileInfo(path).Length);
            var peak = MeasureMemoryAsFolderGrows(paths);
            var (markdig, import, tally) = MeasureTime(paths, inputBytes);
            var ratio = import.Median / markdig.Median;
            Console.WriteLine(
                $"SUMMARY folder: {files} files, {Memory.Megabytes(inputBytes)} MB; import median {import.Median.TotalMilliseconds:F0} ms " +
                $"vs Markdig {markdig.Median.TotalMilliseconds:F0} ms = {ratio:F2}× (target ≤ 2×); " +
                $"peak working set {Memory.Megabytes(peak)} MB (target ≤ 300 MB for 50 MB); " +
                $"stories {tally.Stories}, warnings {tally.Warnings}, files failed {tally.Failed}/{tally.Files}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Generate(string folder, int files, int bytesPerFile)
    {
        var clock = Stopwatch.StartNew();
        var paths = new List<string>(files);
        for (var i = 0; i < files; i++)
        {
            var path = Path.Combine(folder, $"bank-{i:D4}.md");
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                BankGenerator.Write(writer, FirstSeed + i, bytesPerFile);
            }

            paths.Add(path);
        }

        var sizes = paths.Select(path => new FileInfo(path).Length).ToArray();
        Console.WriteLine(
            $"generated {files} files in {folder} ({Memory.Megabytes(sizes.Sum())} MB, " +
            $"{sizes.Min() / 1024} to {sizes.Max() / 1024} KB each) in {clock.ElapsedMilliseconds} ms");
        return paths;
    }

    /// <summary>Imports the first fifth, half and all of the folder; returns the largest process peak seen.</summary>
    private static long MeasureMemoryAsFolderGrows(List<string> paths)
    {
        var peakIsPerRun = false;
        long largestPeak = 0;
        var table = new FigureTable(
            "Memory as the folder grows (StoryBank import only; full GC between runs)",
            "files", "input MB", "peak managed heap MB", "retained after run MB", "allocated MB", "peak working set MB", "time ms");
        foreach (var count in new[] { paths.Count / 5, paths.Count / 2, paths.Count }.Where(count => count > 0).Distinct())
        {
            var subset = paths.Take(count).ToList();
            var liveBefore = Memory.LiveBytes();
            peakIsPerRun = Memory.TryResetPeakWorkingSet();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            long peakHeap;
            using (var heap = new HeapWatch())
            {
                Passes.ImportAll(subset, heap.Sample);
                peakHeap = heap.PeakHeapBytes;
            }

            var elapsed = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var peakWorkingSet = Memory.PeakWorkingSet();
            largestPeak = Math.Max(largestPeak, peakWorkingSet);
            table.Row(
                count,
                Memory.Megabytes(subset.Sum(path => new FileInfo(path).Length)),
                Memory.Megabytes(peakHeap),
                Memory.Megabytes(Math.Max(0, Memory.LiveBytes() - liveBefore)),
                Memory.Megabytes(allocated),
                Memory.Megabytes(peakWorkingSet),
                $"{elapsed.TotalMilliseconds:F0}");
        }

        table.Print();
        Console.WriteLine(peakIsPerRun
            ? "peak working set: this run's peak resident set (reset before each run)"
            : "peak working set: the process's peak since start (this OS cannot reset it)");
        Console.WriteLine("peak managed heap: largest managed heap (at the last GC, or allocated since) sampled after each file and every 5 ms");
        return largestPeak;
    }

    private static (Timing Markdig, Timing Import, ImportTally Tally) MeasureTime(List<string> paths, long inputBytes)
    {
        Console.WriteLine();
        Console.WriteLine($"timing: warm-up passes (at least one, at least 1 s), then {TimedRuns} timed passes each; Markdig floor = read bytes, decode UTF-8, {Passes.MarkdigPipelineDescription}");
        var markdig = Timing.Measure(TimedRuns, () => Passes.ParseAllWithMarkdig(paths));
        var tally = ImportTally.None;
        var import = Timing.Measure(TimedRuns, () => tally = Passes.ImportAll(paths));

        var megabytes = inputBytes / (1024.0 * 1024.0);
        new FigureTable("Throughput (whole folder, one file at a time)", "pass", "min ms", "median ms", "MB/s (median)", "ms per file (median)")
            .Row("Markdig parse (floor)", Milliseconds(markdig.Min), Milliseconds(markdig.Median), $"{megabytes / markdig.Median.TotalSeconds:F1}", $"{markdig.Median.TotalMilliseconds / paths.Count:F2}")
            .Row("StoryBank import", Milliseconds(import.Min), Milliseconds(import.Median), $"{megabytes / import.Median.TotalSeconds:F1}", $"{import.Median.TotalMilliseconds / paths.Count:F2}")
            .Row("ratio import / Markdig (target ≤ 2×)", $"{import.Min / markdig.Min:F2}×", $"{import.Median / markdig.Median:F2}×", string.Empty, string.Empty)
            .Print();

        tally.Print();
        return (markdig, import, tally);
    }

    private static string Milliseconds(TimeSpan time) => $"{time.TotalMilliseconds:F0}";
}
