using System.Diagnostics;
using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;

namespace StoryBank.Bench;

/// <summary>
/// <c>match</c>: the matcher in-process on a generated bank of N stories (default 1,000): the time to build its index once,
/// then the latency of every query — the catalogue's questions, every value of every pack (with its company) and the
/// competency names as themes — over several passes, as p50/p90/p99/max. Target: p99 under 20 ms at 1,000 stories.
/// </summary>
internal static class MatchBenchmark
{
    private const int Passes = 5;

    public static void Run(int storyCount)
    {
        var stories = GenerateStories(storyCount);
        var catalog = InterviewCatalog.Default;
        var build = Stopwatch.StartNew();
        var matcher = new StoryMatcher(stories, [], catalog);
        build.Stop();

        var queries = catalog.Questions.Select(q => (q.Text, (ValuePack?)null))
            .Concat(catalog.Packs.SelectMany(p => p.Values.Select(v => (v.Name, (ValuePack?)p))))
            .Concat(catalog.Competencies.Select(c => (c.Name, (ValuePack?)null)))
            .ToList();
        foreach (var (text, pack) in queries)
        {
            matcher.Match(text, pack); // warm-up: JIT and caches
        }

        var timings = new List<double>(queries.Count * Passes);
        var answered = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (text, pack) in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = matcher.Match(text, pack);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                answered += answer.Stories.Count > 0 ? 1 : 0;
            }
        }

        timings.Sort();
        double At(double share) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(share * timings.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"match: {stories.Count:N0} stories, index built in {build.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {timings.Count:N0} queries ({queries.Count} distinct × {Passes} passes, {answered:N0} with a story): p50 {At(0.50):0.00} ms · p90 {At(0.90):0.00} ms · p99 {At(0.99):0.00} ms · max {timings[^1]:0.00} ms"));
        Console.WriteLine(At(0.99) < 20 ? "  target p99 < 20 ms: met" : "  target p99 < 20 ms: NOT met");
    }

    internal static List<Story> GenerateStories(int count)
    {
        var stories = new List<Story>(count);
        for (var seed = 1; stories.Count < count; seed++)
        {
            var text = BankGenerator.Generate(seed, 100 * 1024);
            var outcome = BankImporter.Import(System.Text.Encoding.UTF8.GetBytes(text), $"bank-{seed}.md");
            stories.AddRange(outcome.File!.Document.Stories.Take(count - stories.Count));
        }

        return stories;
    }
}
