using System.Diagnostics;

namespace StoryBank.Bench;

/// <summary>Wall-clock times of repeated runs of one pass.</summary>
internal sealed record Timing(IReadOnlyList<TimeSpan> Runs)
{
    public TimeSpan Min => Runs.Min();

    public TimeSpan Median
    {
        get
        {
            var sorted = Runs.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Warms up by running <paramref name="pass"/> at least once and for at least a second (so tiered JIT reaches
    /// optimized code even on a small folder), then runs it <paramref name="runs"/> timed times with a full GC before each.
    /// </summary>
    public static Timing Measure(int runs, Action pass)
    {
        var warmUp = Stopwatch.StartNew();
        do
        {
            pass();
        }
        while (warmUp.Elapsed < WarmUp);

        var times = new List<TimeSpan>(runs);
        for (var run = 0; run < runs; run++)
        {
            Memory.CollectFully();
            var clock = Stopwatch.StartNew();
            pass();
            times.Add(clock.Elapsed);
        }

        return new Timing(times);
    }
}

/// <summary>Process and managed-heap memory figures.</summary>
internal static class Memory
{
    public static void CollectFully()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Live managed bytes after a full collection.</summary>
    public static long LiveBytes() => GC.GetTotalMemory(forceFullCollection: true);

    /// <summary>The process's peak working set (on Linux: VmHWM, the peak resident set size).</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>
    /// Resets the process's peak working set to its current size, so the next reading is the peak of what follows.
    /// Only Linux offers this (writing 5 to /proc/self/clear_refs); elsewhere the peak counts from process start.
    /// </summary>
    /// <returns>True when the peak was reset.</returns>
    public static bool TryResetPeakWorkingSet()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):F1}";
}

/// <summary>
/// Tracks the largest managed heap seen while it is open, sampled at each <see cref="Sample"/> and every few
/// milliseconds in the background (so one long call is watched too). A sample is the larger of the heap size at
/// the latest GC and the bytes allocated and not yet collected, since between GCs the first alone understates it.
/// </summary>
internal sealed class HeapWatch : IDisposable
{
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private long _peakHeapBytes;

    public HeapWatch()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(5));
    }

    public long PeakHeapBytes
    {
        get
        {
            lock (_gate)
            {
                return _peakHeapBytes;
            }
        }
    }

    public void Sample()
    {
        var heap = Math.Max(GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(forceFullCollection: false));
        lock (_gate)
        {
            _peakHeapBytes = Math.Max(_peakHeapBytes, heap);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }
}
