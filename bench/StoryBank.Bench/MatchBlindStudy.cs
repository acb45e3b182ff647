using System.Globalization;
using System.Text;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Model;
using StoryBank.Semantic;

namespace StoryBank.Bench;

/// <summary>
/// <c>match-blind</c>: how well a careful reader does on the seeds' mappings, to know what accuracy the mappings allow.
/// <c>--out DIR</c> writes, for every seed that states mappings, its stories with nothing that states a mapping (no
/// headings, best-for lists, competency lines, tags or tables: titles and story text only), shuffled and coded S01…,
/// and its mappings as queries Q01…, shuffled; the answers go to a key file the reader must not open. A reader writes
/// <c>NNN-judgments*.txt</c> ("Q01: S12 S40 S07", best first) into DIR; <c>--score DIR</c> scores every judgment file
/// and, beside it, the matcher on the same blind stories.
/// </summary>
internal static class MatchBlindStudy
{
    // Fixed, so that every reader of a study sees the same order.
    private const int ShuffleSeed = 20261202;

    public static void Run(string[] options)
    {
        switch (options)
        {
            case ["--out", var folder]:
                Export(folder);
                break;
            case ["--score", var folder]:
                Score(folder);
                break;
            default:
                throw new ArgumentException("match-blind needs --out DIR or --score DIR");
        }
    }

    private static void Export(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in MatchEvaluationBenchmark.SeedDocuments())
        {
            var prefix = Prefix(document);
            var study = Study.Of(document);
            var text = new StringBuilder();
            foreach (var story in study.Stories)
            {
                text.Append(CultureInfo.InvariantCulture, $"## {study.Code[story.Id]}: {story.Title}\n");
                if (story.ShortVersion is { } shortVersion)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- Short version: {shortVersion}\n");
                }

                foreach (var section in story.Sections)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {section.Label}: {section.Text}\n");
                }

                text.Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, $"{prefix}-stories.md"), text.ToString());
            File.WriteAllLines(Path.Combine(folder, $"{prefix}-queries.txt"), study.Queries.Select((m, i) => $"{QueryCode(i)}: {m.Text}"));
            File.WriteAllLines(Path.Combine(folder, $"{prefix}-key.txt"), study.Queries.Select((m, i) =>
                $"{QueryCode(i)}: {string.Join(' ', m.StoryIds.Where(study.Code.ContainsKey).Select(id => study.Code[id]))}"));
            Console.WriteLine($"{prefix}: {study.Stories.Count} stories, {study.Queries.Count} queries → {folder}");
        }

        Console.WriteLine("""
            For each NNN, give the reader NNN-stories.md and NNN-queries.txt only (not NNN-key.txt) and ask, per query,
            for the three stories (best first) the candidate most likely filed under it, written as NNN-judgments-NAME.txt
            in this folder, one line per query: "Q01: S12 S40 S07". Then run match-blind --score on the folder.
            """);
    }

    private static void Score(string folder)
    {
        using var model = MeaningModel.Open(cacheFile: null);
        foreach (var document in MatchEvaluationBenchmark.SeedDocuments())
        {
            var prefix = Prefix(document);
            var study = Study.Of(document);
            var key = study.Queries.Select((m, i) => (Code: QueryCode(i), Right: m.StoryIds.Where(study.Code.ContainsKey).Select(id => study.Code[id]).ToHashSet())).ToList();
            foreach (var (name, encoder) in new (string, ITextEncoder?)[] { ("matcher (words only)", null), ("matcher (with meaning)", model.Encoder) })
            {
                var matcher = new StoryMatcher(study.Stories, [], InterviewCatalog.Default, encoder: encoder);
                var ours = study.Queries.Select(m => matcher.RankAll(m.Text).Take(3).Select(s => study.Code[study.Stories[s].Id]).ToList()).ToList();
                Print(prefix, $"{name} on the blind stories", Shares(key, key.Select((k, i) => (k.Code, Picks: ours[i])).ToDictionary(p => p.Code, p => p.Picks)));
            }

            foreach (var file in Directory.GetFiles(folder, $"{prefix}-judgments*.txt").Order(StringComparer.Ordinal))
            {
                Print(prefix, Path.GetFileName(file), Shares(key, ReadJudgments(file)));
            }
        }
    }

    private static Dictionary<string, List<string>> ReadJudgments(string file)
    {
        var picks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)).Where(l => l.l.Contains(':', StringComparison.Ordinal)))
        {
            var parts = line.Split(':', 2);
            var codes = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (codes.Count is 0 or > 3)
            {
                throw new ArgumentException($"{file}:{number}: give one to three story codes after the query code, e.g. \"Q01: S12 S40 S07\"");
            }

            picks[parts[0].Trim()] = codes;
        }

        return picks;
    }

    private static (double Top1, double Top3, int Answered) Shares(List<(string Code, HashSet<string> Right)> key, Dictionary<string, List<string>> picks)
    {
        var (top1, top3) = (0, 0);
        foreach (var (code, right) in key)
        {
            var mine = picks.GetValueOrDefault(code) ?? [];
            top1 += mine.Count > 0 && right.Contains(mine[0]) ? 1 : 0;
            top3 += mine.Take(3).Any(right.Contains) ? 1 : 0;
        }

        return ((double)top1 / key.Count, (double)top3 / key.Count, key.Count(k => picks.ContainsKey(k.Code)));
    }

    private static void Print(string prefix, string who, (double Top1, double Top3, int Answered) shares) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{prefix} {who}: top-1 {shares.Top1:0.000} top-3 {shares.Top3:0.000} ({shares.Answered} queries answered)"));

    private static string Prefix(Document document) => Path.GetFileName(document.Source.File)[..3];

    private static string QueryCode(int index) => $"Q{index + 1:00}";

    /// <summary>A seed's blind study: its stories stripped of what states mappings, shuffled and coded, and its mappings shuffled.</summary>
    private sealed record Study(IReadOnlyList<Story> Stories, Dictionary<string, string> Code, IReadOnlyList<Mapping> Queries)
    {
        public static Study Of(Document document)
        {
            var random = new Random(ShuffleSeed);
            var stories = document.Stories
                .Select(s => s with { BestFor = [], HeadingPath = [], Tags = [], Competencies = [] })
                .OrderBy(_ => random.Next())
                .ToList();
            var code = stories.Select((s, i) => (s.Id, Code: $"S{i + 1:00}")).ToDictionary(s => s.Id, s => s.Code, StringComparer.Ordinal);
            var queries = document.Mappings.Where(m => m.StoryIds.Any(code.ContainsKey)).OrderBy(_ => random.Next()).ToList();
            return new Study(stories, code, queries);
        }
    }
}
