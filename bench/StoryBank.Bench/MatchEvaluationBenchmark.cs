using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Evaluation;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Semantic;
using StoryBank.Core.Model;

namespace StoryBank.Bench;

/// <summary>
/// <c>match-eval</c>: matching against the mappings the seeds in $STORYBANK_SEEDS state, leave-one-out, beside Lucene's BM25
/// (the issue's accuracy table). <c>match-tune</c>: the same for a grid of <see cref="MatchWeights"/>, ranked by the
/// tuning seed (004) alone so that seeds 001 and 002 stay held out; it prints every seed's figures for each setting.
/// </summary>
internal static class MatchEvaluationBenchmark
{
    private const string TuningSeed = "004_";

    public static void Evaluate()
    {
        using var model = MeaningModel.Open(cacheFile: null);
        foreach (var (name, encoder) in new (string, ITextEncoder?)[] { ("words only", null), ("with meaning", model.Encoder) })
        {
            foreach (var document in SeedDocuments())
            {
                var e = MatchEvaluation.Evaluate(document, InterviewCatalog.Default, encoder);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}, {Path.GetFileName(document.Source.File)}: {e.Cases.Count} mappings over {document.Stories.Count} stories · matcher top-1 {e.Top1:0.000} top-3 {e.Top3:0.000} · BM25 top-1 {e.BaselineTop1:0.000} top-3 {e.BaselineTop3:0.000} · top-3 error {1 - e.Top3:0.000} vs {1 - e.BaselineTop3:0.000}"));
            }

            var (bank, questions) = HeldOutSet();
            var held = QuestionSetEvaluation.Evaluate(bank.Stories, bank.Mappings, questions, InterviewCatalog.Default, encoder);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}, held-out set: {questions.Count} questions over {bank.Stories.Count} stories · matcher top-1 {held.Top1:0.000} top-3 {held.Top3:0.000}"));
        }
    }

    /// <summary>The held-out bank and questions of tests/StoryBank.Semantic.Tests/HeldOut.</summary>
    private static (Document Bank, IReadOnlyList<LabeledQuestion> Questions) HeldOutSet()
    {
        var root = SeedsBenchmark.RepositoryRoot() ?? throw new ArgumentException("run the bench from the repository (StoryBank.slnx not found above it)");
        var folder = Path.Combine(root, "tests", "StoryBank.Semantic.Tests", "HeldOut");
        var bankFile = Path.Combine(folder, "bank.md");
        var bank = BankImporter.Import(File.ReadAllBytes(bankFile), bankFile).File!.Document;
        var questionFile = Path.Combine(folder, "questions.txt");
        using var reader = new StreamReader(questionFile);
        return (bank, QuestionSetEvaluation.Parse(reader, questionFile, bank.Stories));
    }

    public static void Tune()
    {
        var documents = SeedDocuments();
        var cases = documents.Select(d => (Name: Path.GetFileName(d.Source.File), Cases: d.Mappings
            .Where(m => m.StoryIds.Count > 0)
            .Select(m => (Mapping: m, Hidden: MatchEvaluation.Hide(d, m)))
            .ToList())).ToList();
        var results = new List<(MatchWeights Weights, string Line, double Tuning)>();
        foreach (var weights in Grid())
        {
            var line = new List<string>();
            var tuning = 0.0;
            foreach (var (name, documentCases) in cases)
            {
                var (top1, top3) = (0, 0);
                foreach (var (mapping, (stories, mappings)) in documentCases)
                {
                    var ranked = new StoryMatcher(stories, mappings, InterviewCatalog.Default, weights: weights).RankAll(mapping.Text);
                    var rank = ranked.Select((s, i) => (Id: stories[s].Id, Rank: i + 1)).FirstOrDefault(r => mapping.StoryIds.Contains(r.Id)).Rank;
                    top1 += rank == 1 ? 1 : 0;
                    top3 += rank is >= 1 and <= 3 ? 1 : 0;
                }

                var (share1, share3) = ((double)top1 / documentCases.Count, (double)top3 / documentCases.Count);
                line.Add(string.Create(CultureInfo.InvariantCulture, $"{name[..3]} {share1:0.000}/{share3:0.000}"));
                if (name.StartsWith(TuningSeed, StringComparison.Ordinal))
                {
                    tuning = share1 + share3;
                }
            }

            results.Add((weights, string.Join("  ", line), tuning));
        }

        foreach (var (weights, line, _) in results.OrderByDescending(r => r.Tuning).Take(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"words {weights.Words:0.00} stated {weights.Stated:0.00} competencies {weights.Competencies:0.00} question {weights.SimilarQuestion:0.00} fields [{string.Join(", ", weights.FieldWeights)}]  →  {line}"));
        }
    }

    private static IEnumerable<MatchWeights> Grid()
    {
        foreach (var words in new[] { 0.3, 0.45, 0.6 })
        {
            foreach (var stated in new[] { 0.2, 0.35, 0.5 })
            {
                foreach (var competencies in new[] { 0.1, 0.2, 0.35 })
                {
                    foreach (var question in new[] { 0.4, 0.5, 0.6 })
                    {
                        foreach (var text in new[] { 0.5, 1.0 })
                        {
                            yield return new MatchWeights(words, stated, competencies, question, [3.0, 2.5, 1.5, text], MatchWeights.Default.Meaning);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The seed banks in $STORYBANK_SEEDS that state mappings, in file-name order.</summary>
    internal static List<Document> SeedDocuments()
    {
        var folder = Environment.GetEnvironmentVariable("STORYBANK_SEEDS") is { Length: > 0 } set ? set
            : throw new ArgumentException("set STORYBANK_SEEDS to the folder of seed banks");
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => BankImporter.Import(File.ReadAllBytes(path), path).File!.Document)
            .Where(d => d.Mappings.Count > 0)];
    }
}
