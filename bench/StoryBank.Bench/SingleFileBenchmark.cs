using System.Diagnostics;
using System.Text;

namespace StoryBank.Bench;

/// <summary>One huge bank (about 50 MB of stories): it must import without crashing; time and peak memory.</summary>
internal static class SingleFileBenchmark
{
    private const int Seed = 7;

    public static void Run(int megabytes)
    {
        Console.WriteLine($"== single: one generated bank of ~{megabytes} MB ==");
        var folder = Directory.CreateTempSubdirectory("storybank-bench-single-");
        try
        {
            var path = Path.Combine(folder.FullName, "huge-bank.md");
            Console.Write("generating… ");
            var clock = Stopwatch.StartNew();
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                BankGenerator.Write(writer, Seed, megabytes * 1024L * 1024L);
            }

            var size = new FileInfo(path).Length;
            Console.WriteLine($"{Memory.Megabytes(size)} MB in {clock.ElapsedMilliseconds} ms");

            Console.Write("importing (one call to BankImporter.Import)… ");
            Memory.CollectFully();
            var peakIsPerRun = Memory.TryResetPeakWorkingSet();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            ImportTally tally;
            long peakHeap;
            clock.Restart();
            using (var heap = new HeapWatch())
            {
                tally = Passes.Import(path);
                peakHeap = heap.PeakHeapBytes;
            }

            var importTime = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var peakWorkingSet = Memory.PeakWorkingSet();
            Console.WriteLine($"done in {importTime.TotalMilliseconds:F0} ms");

            Console.Write("Markdig floor (read, decode, parse)… ");
            Memory.CollectFully();
            clock.Restart();
            Passes.ParseWithMarkdig(path);
            var markdigTime = clock.Elapsed;
            Console.WriteLine($"done in {markdigTime.TotalMilliseconds:F0} ms");

            new FigureTable("Single large file (one run each, not warmed up)", "figure", "value")
                .Row("file MB", Memory.Megabytes(size))
                .Row("import ms", $"{importTime.TotalMilliseconds:F0}")
                .Row("import MB/s", $"{size / (1024.0 * 1024.0) / importTime.TotalSeconds:F1}")
                .Row("Markdig parse ms", $"{markdigTime.TotalMilliseconds:F0}")
                .Row("ratio import / Markdig", $"{importTime / markdigTime:F2}×")
                .Row(peakIsPerRun ? "peak working set MB (during import)" : "peak working set MB (since process start)", Memory.Megabytes(peakWorkingSet))
                .Row("peak managed heap MB (during import)", Memory.Megabytes(peakHeap))
                .Row("allocated MB (during import)", Memory.Megabytes(allocated))
                .Print();
            tally.Print();
            Console.WriteLine(
                $"SUMMARY single: import of a {Memory.Megabytes(size)} MB file took {importTime.TotalMilliseconds:F0} ms " +
                $"({importTime / markdigTime:F2}× Markdig), peak working set {Memory.Megabytes(peakWorkingSet)} MB, " +
                $"stories {tally.Stories}, warnings {tally.Warnings}, {(tally.Failed == 0 ? "imported" : "failed: " + tally.FirstError)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
