using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching.Evaluation;
using StoryBank.Semantic;
using Xunit.Abstractions;

namespace StoryBank.Semantic.Tests;

/// <summary>
/// The seeds' mappings, leave-one-out, with the evidence of meaning (as <c>storybank eval</c> measures by default). The
/// issue's targets hold on seed 001 only; this holds what is true on every seed: at least as good as plain BM25 at top-1
/// and top-3. Run with <c>--logger "console;verbosity=detailed"</c> for the figures.
/// </summary>
public sealed class SeedEvaluationWithMeaningTests(ITestOutputHelper output)
{
    [SeedFact]
    public void With_meaning_the_matcher_ranks_every_seed_at_least_as_well_as_plain_BM25()
    {
        using var model = MeaningModel.Open(cacheFile: null);
        var evaluations = Directory.GetFiles(SeedFactAttribute.SeedsFolder!, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => BankImporter.Import(File.ReadAllBytes(path), path).File!.Document)
            .Where(d => d.Mappings.Count > 0)
            .Select(d => MatchEvaluation.Evaluate(d, InterviewCatalog.Default, model.Encoder))
            .ToList();

        Assert.Equal(3, evaluations.Count);
        foreach (var e in evaluations)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(e.Document.Source.File)}: top-1 {e.Top1:0.000} top-3 {e.Top3:0.000} | BM25 top-1 {e.BaselineTop1:0.000} top-3 {e.BaselineTop3:0.000}"));
        }

        Assert.All(evaluations, e =>
        {
            Assert.True(e.Top1 >= e.BaselineTop1, $"{e.Document.Source.File}: top-1 {e.Top1:0.000} < BM25's {e.BaselineTop1:0.000}");
            Assert.True(e.Top3 >= e.BaselineTop3, $"{e.Document.Source.File}: top-3 {e.Top3:0.000} < BM25's {e.BaselineTop3:0.000}");
        });
    }
}
