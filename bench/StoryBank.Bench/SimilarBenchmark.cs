using System.Diagnostics;
using System.Globalization;
using StoryBank.Core.Matching;
using StoryBank.Core.Planning.Similarity;

namespace StoryBank.Bench;

/// <summary>
/// <c>similar</c>: story similarity in-process on a generated bank of N stories (default 1,000): the time to profile the
/// stories once, then the time to compare every pair at the default threshold over several passes (median and slowest).
/// Target: under a second at 1,000 stories, so <c>storybank similar</c> answers at once.
/// </summary>
internal static class SimilarBenchmark
{
    private const int Passes = 5;

    public static void Run(int storyCount)
    {
        var stories = MatchBenchmark.GenerateStories(storyCount);
        var profiling = Stopwatch.StartNew();
        var profiles = stories.Select(s => StoryProfiler.Default.Profile(s)).ToList();
        profiling.Stop();

        var pairs = StorySimilarity.Find(stories, profiles); // warm-up: JIT and the stem cache
        var timings = new List<double>(Passes);
        for (var pass = 0; pass < Passes; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            pairs = StorySimilarity.Find(stories, profiles);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        var comparisons = (long)stories.Count * (stories.Count - 1) / 2;
        var byKind = string.Join(", ", Enum.GetValues<LikenessKind>().Select(k => $"{pairs.Count(p => p.Kinds.Contains(k)):N0} {k}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"similar: {stories.Count:N0} stories ({comparisons:N0} pairs), profiled in {profiling.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all pairs at {StorySimilarity.DefaultThreshold:0.0}: median {timings[Passes / 2]:0} ms · slowest {timings[^1]:0} ms over {Passes} passes; {pairs.Count:N0} pairs listed ({byKind})"));
        Console.WriteLine(timings[Passes / 2] < 1000 ? "  target under 1 s: met" : "  target under 1 s: NOT met");
    }
}
