using System.Diagnostics;
using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Model;
using StoryBank.Semantic;

namespace StoryBank.Bench;

/// <summary>
/// <c>match</c>: the matcher in-process on a generated bank of N stories (default 1,000): the time to build its index once,
/// then the latency of every query — the catalogue's questions, every value of every pack (with its company) and the
/// competency names as themes — over several passes, as p50/p90/p99/max. Target: p99 under 20 ms at 1,000 stories.
/// Twice: by words and competencies only, then with the sentence-embedding model (the default of <c>storybank match</c>),
/// whose index build includes encoding every text of the bank once (what the vector cache spares later runs).
/// </summary>
internal static class MatchBenchmark
{
    private const int Passes = 5;

    public static void Run(int storyCount)
    {
        var stories = GenerateStories(storyCount);
        Measure("words only", stories, encoder: null);
        using var model = MeaningModel.Open(cacheFile: null);
        Measure("with meaning (all-MiniLM-L6-v2)", stories, model.Encoder);
    }

    private static void Measure(string name, List<Story> stories, ITextEncoder? encoder)
    {
        var catalog = InterviewCatalog.Default;
        var build = Stopwatch.StartNew();
        var matcher = new StoryMatcher(stories, [], catalog, encoder: encoder);
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
            // Trailing spaces make each pass's queries new to the vector cache (the model ignores them), so every timing
            // includes encoding the query, as a new question typed at the command line does.
            var padding = new string(' ', pass + 1);
            foreach (var (text, pack) in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = matcher.Match(text + padding, pack);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                answered += answer.Stories.Count > 0 ? 1 : 0;
            }
        }

        timings.Sort();
        double At(double share) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(share * timings.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"match, {name}: {stories.Count:N0} stories, index built in {build.Elapsed.TotalMilliseconds:0} ms"));
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
