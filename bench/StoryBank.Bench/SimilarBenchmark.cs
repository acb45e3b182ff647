using System.Diagnostics;
using System.Globalization;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Model;
using StoryBank.Core.Planning.Similarity;
using StoryBank.Semantic;

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

        var comparisons = (long)stories.Count * (stories.Count - 1) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"similar: {stories.Count:N0} stories ({comparisons:N0} pairs), profiled in {profiling.Elapsed.TotalMilliseconds:0} ms"));
        Measure("words only", stories, profiles, encoder: null);

        // With the model, as `storybank similar` runs once its vectors are cached: the encoding is timed apart.
        using var model = MeaningModel.Open(cacheFile: null);
        var encoding = Stopwatch.StartNew();
        StorySimilarity.Find(stories, profiles, encoder: model.Encoder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  encoding the stories' titles and texts once (first run only): {encoding.Elapsed.TotalSeconds:0} s"));
        Measure("with meaning, vectors cached", stories, profiles, model.Encoder);
    }

    private static void Measure(string name, List<Story> stories, List<StoryProfile> profiles, ITextEncoder? encoder)
    {
        var pairs = StorySimilarity.Find(stories, profiles, encoder: encoder); // warm-up: JIT and the stem cache
        var timings = new List<double>(Passes);
        for (var pass = 0; pass < Passes; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            pairs = StorySimilarity.Find(stories, profiles, encoder: encoder);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        var byKind = string.Join(", ", Enum.GetValues<LikenessKind>().Select(k => $"{pairs.Count(p => p.Kinds.Contains(k)):N0} {k}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}, all pairs at {StorySimilarity.DefaultThreshold:0.0}: median {timings[Passes / 2]:0} ms · slowest {timings[^1]:0} ms over {Passes} passes; {pairs.Count:N0} pairs listed ({byKind})"));
        Console.WriteLine(timings[Passes / 2] < 1000 ? "  target under 1 s: met" : "  target under 1 s: NOT met");
    }
}
