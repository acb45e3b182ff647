using System.Globalization;
using System.Text.RegularExpressions;
using StoryBank.Core.Coach;
using Xunit.Abstractions;

namespace StoryBank.Core.Tests.Coach;

/// <summary>
/// Precision and recall of every rule on the hand-labeled corpus (Corpus/sentences.txt and Corpus/stories/*.md),
/// written apart from the rules. Targets: precision ≥ 0.9 on every rule, recall ≥ 0.8 overall.
/// </summary>
public sealed partial class CorpusTests(ITestOutputHelper output)
{
    private const double PrecisionTarget = 0.9;
    private const double RecallTarget = 0.8;

    private static string CorpusFolder => Path.Combine(Repository.Root, "tests", "StoryBank.Core.Tests", "Coach", "Corpus");

    [Fact]
    public void Every_rule_meets_the_precision_target_and_recall_is_met_overall()
    {
        var tally = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var (rule, expected, text, fired) in SentenceResults().Concat(StoryResults()))
        {
            var t = tally.TryGetValue(rule, out var found) ? found : tally[rule] = new Tally();
            t.Add(expected, fired);
            if (expected != fired)
            {
                misses.Add($"{rule} {(expected ? "missed" : "false alarm")}: {text}");
            }
        }

        output.WriteLine("rule     entries   +    -   TP  FP  FN  precision  recall");
        foreach (var (rule, t) in tally.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rule}  {t.Positives + t.Negatives,7} {t.Positives,4} {t.Negatives,4} {t.TruePositives,4} {t.FalsePositives,3} {t.FalseNegatives,3}  {t.Precision,9:F3}  {t.Recall,6:F3}"));
        }

        var all = tally.Values.Aggregate(new Tally(), (sum, t) => sum.Plus(t));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overall  {all.Positives + all.Negatives,7} {all.Positives,4} {all.Negatives,4} {all.TruePositives,4} {all.FalsePositives,3} {all.FalseNegatives,3}  {all.Precision,9:F3}  {all.Recall,6:F3}"));
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(all.Positives + all.Negatives >= 300, $"the corpus has {all.Positives + all.Negatives} entries; at least 300 are needed");
        Assert.Equal(RuleCatalog.All.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), tally.Keys.Order(StringComparer.Ordinal));
        Assert.All(tally, p => Assert.True(p.Value.Precision >= PrecisionTarget, $"{p.Key} precision {p.Value.Precision:F3} < {PrecisionTarget}"));
        Assert.True(all.Recall >= RecallTarget, $"overall recall {all.Recall:F3} < {RecallTarget}");
    }

    private static IEnumerable<(string Rule, bool Expected, string Text, bool Fired)> SentenceResults()
    {
        foreach (var line in File.ReadLines(Path.Combine(CorpusFolder, "sentences.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 3);
            var colon = parts[2].IndexOf(": ", StringComparison.Ordinal);
            var (section, text) = (parts[2][..colon], parts[2][(colon + 2)..]);
            var report = CoachHarness.Lint(CoachHarness.StoryWith(section, text));
            Assert.Single(report.Stories);
            yield return (parts[0], parts[1] == "+", line, report.Of(parts[0]).Count > 0);
        }
    }

    private static IEnumerable<(string Rule, bool Expected, string Text, bool Fired)> StoryResults()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(CorpusFolder, "stories"), "SB*.md").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileNameWithoutExtension(file);
            // The labeler's note after the title ("… (a success story, not a failure)") is about the story, not part of it.
            var markdown = LabelerNote().Replace(File.ReadAllText(file), "${heading}");
            var report = CoachHarness.Lint(markdown, file: file);
            foreach (var story in report.Stories)
            {
                var label = story.Story.Tags.Concat([story.Story.Title]).FirstOrDefault(t => t.Contains("fires", StringComparison.Ordinal) || t.Contains("quiet", StringComparison.Ordinal));
                Assert.True(label is not null, $"{file}: story '{story.Story.Title}' is labeled neither [fires] nor [quiet]");
                yield return (rule, label.Contains("fires", StringComparison.Ordinal), $"{Path.GetFileName(file)}: {story.Story.Title}", story.Findings.Any(f => f.Rule.Id == rule));
            }
        }
    }

    [GeneratedRegex(@"(?m)^(?<heading>## \[(?:fires|quiet)\] [^\n(]*?)\s*\([^\n)]*\)\s*$")]
    private static partial Regex LabelerNote();

    private sealed class Tally
    {
        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public int FalseNegatives { get; private set; }

        public int Positives { get; private set; }

        public int Negatives { get; private set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

        public void Add(bool expected, bool fired)
        {
            Positives += expected ? 1 : 0;
            Negatives += expected ? 0 : 1;
            TruePositives += expected && fired ? 1 : 0;
            FalsePositives += !expected && fired ? 1 : 0;
            FalseNegatives += expected && !fired ? 1 : 0;
        }

        public Tally Plus(Tally other) => new()
        {
            TruePositives = TruePositives + other.TruePositives,
            FalsePositives = FalsePositives + other.FalsePositives,
            FalseNegatives = FalseNegatives + other.FalseNegatives,
            Positives = Positives + other.Positives,
            Negatives = Negatives + other.Negatives,
        };
    }
}
