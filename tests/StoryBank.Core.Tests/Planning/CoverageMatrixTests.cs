using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;
using StoryBank.Core.Planning;
using StoryBank.Core.Tests.Matching;

namespace StoryBank.Core.Tests.Planning;

/// <summary>The coverage matrix scores each story against each value from the story's competencies and from naming the value.</summary>
public sealed class CoverageMatrixTests
{
    private static readonly StoryProfiler Profiler = MatchingFixtures.Profiler(
        ("deep-dive", ["root cause", "dove into"]),
        ("conflict", ["disagreed", "pushed back"]),
        ("ownership", ["took ownership"]));

    private static readonly ValuePack Pack = new("Initech", ["initech"],
    [
        new CompanyValue("dive-deep", "Dive Deep", ValueKind.Value, "Know the details.", ["deep-dive"], ["q"]),
        new CompanyValue("backbone", "Have Backbone", ValueKind.Value, "Disagree openly.", ["conflict", "ownership"], ["q"]),
    ], "initech.yaml");

    private static Story Story(string id, string title, string[] bestFor, params string[] texts) =>
        MatchingFixtures.Story(id, title, [], bestFor, [], texts);

    [Fact]
    public void Stories_cover_values_through_their_competencies_and_by_naming_them()
    {
        Story[] stories =
        [
            Story("s1", "The cache that lied", ["Dive Deep"], "I dove into the metrics and found the root cause."),
            Story("s2", "Saying no to the VP", [], "I disagreed with the plan and pushed back, then I took ownership of the fallback."),
            Story("s3", "A quiet quarter", [], "Nothing much happened."),
        ];
        var matrix = CoverageMatrix.Build(Pack, stories, [.. stories.Select(s => Profiler.Profile(s))]);

        var text = StoryProfiler.WeightOf(EvidenceSource.Text);
        Assert.Equal(2 * text + StoryProfiler.WeightOf(EvidenceSource.BestFor), matrix[0, 0].Strength); // two phrases + named in best-for
        Assert.Contains("names \"Dive Deep\" in its best-for questions", matrix[0, 0].Reasons);
        Assert.Contains(matrix[0, 0].Reasons, r => r.StartsWith("shows deep-dive (", StringComparison.Ordinal));

        Assert.Equal(((2 * text) + text) / 2, matrix[1, 1].Strength); // mean over the value's two competencies
        Assert.Equal(0, matrix[0, 1].Strength);
        Assert.Same(Coverage.None, matrix[1, 2]);
    }

    [Fact]
    public void A_profile_is_needed_for_every_story() =>
        Assert.Throws<ArgumentException>(() => CoverageMatrix.Build(Pack, [Story("s1", "t", [])], []));
}
