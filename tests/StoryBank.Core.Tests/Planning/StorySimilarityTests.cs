using StoryBank.Core.Matching;
using StoryBank.Core.Model;
using StoryBank.Core.Planning.Similarity;
using StoryBank.Core.Tests.Matching;

namespace StoryBank.Core.Tests.Planning;

/// <summary>Similarity finds stories of one project with the same competencies, and retellings of one story.</summary>
public sealed class StorySimilarityTests
{
    private static readonly StoryProfiler Profiler = MatchingFixtures.Profiler(
        ("conflict", ["disagreed", "pushed back"]),
        ("ownership", ["took ownership"]),
        ("mentoring", ["mentored"]));

    private static Story Story(string id, string title, string? project, params string[] texts) =>
        MatchingFixtures.Story(id, title, [], [], [], texts) with { Project = project };

    // Unrelated stories, so that the wording the bank shares everywhere counts for little.
    private static readonly Story[] Others =
    [
        Story("o1", "The outage I caused", null, "I shipped a config change without a canary and rolled it back within forty minutes."),
        Story("o2", "Hiring a designer", null, "I wrote the job description, ran the interviews and hired our first product designer."),
        Story("o3", "Cutting the cloud bill", null, "I moved idle batch jobs to spot instances and the monthly bill fell by a third."),
    ];

    private static readonly Story Disagreed = Story("p1", "Saying no to the VP", "Payments",
        "I disagreed with the launch plan in the review.", "Then I took ownership of the fallback path.");

    private static readonly Story PushedBack = Story("p2", "A rushed release", "payments",
        "I pushed back on the release date.", "I took ownership of the rollout checklist and mentored the new hire through it.");

    private static readonly Story ApprovalsE2E = Story("a1", "Approvals Framework (E2E)", null,
        "There was no unified way to add approvals across products, only bespoke implementations.",
        "I designed the orchestration and evaluator services, led the integrations and built monitoring and alerting.",
        "A reusable approvals platform adopted by multiple teams.");

    private static readonly Story ApprovalsRetold = Story("a2", "Approvals Framework E2E", null,
        "We needed a unified approvals capability.",
        "I authored the architecture, implemented the evaluator services, built observability and drove the integrations.",
        "Multi-team adoption and stable operations.");

    private static readonly Story DelegationE2E = Story("d1", "Delegation Framework (E2E)", null,
        "Time off blocked pending requests because nobody could act for the person away.",
        "I modeled delegation policies and events and onboarded the consuming teams.",
        "Automated delegation cut the operational overhead.");

    private static IReadOnlyList<SimilarPair> Find(IReadOnlyList<Story> stories, double threshold = StorySimilarity.DefaultThreshold) =>
        StorySimilarity.Find(stories, [.. stories.Select(s => Profiler.Profile(s))], threshold);

    [Fact]
    public void Find_WithAModel_ListsStoriesAlikeInMeaningThatShareNoWording()
    {
        Story[] bank =
        [
            Story("s1", "Making checkout quick", null, "Checkout was slow, so I put a cache in front of the pricing calls."),
            Story("s2", "Speeding up search", null, "Search took seconds; after my change results came back in 90 milliseconds, fast enough for typing."),
            Story("h1", "Growing the team", null, "I hired two engineers and coached a junior through her first interview panel."),
        ];
        var profiles = bank.Select(s => Profiler.Profile(s)).ToList();

        Assert.Empty(StorySimilarity.Find(bank, profiles));
        var pair = Assert.Single(StorySimilarity.Find(bank, profiles, encoder: new TopicEncoder()));
        Assert.Equal(["s1", "s2"], new[] { pair.First.Id, pair.Second.Id });
        Assert.Equal([LikenessKind.SameMeaning], pair.Kinds);
        Assert.StartsWith("alike in meaning: the mean sentence embeddings of their titles and texts have a cosine of", Assert.Single(pair.Reasons), StringComparison.Ordinal);
        Assert.InRange(pair.Score, StorySimilarity.DefaultThreshold, 1);
    }

    [Fact]
    public void Find_SameProjectAndSameCompetencies_ListsThePairWithTheSharedCompetenciesAndTheirEvidence()
    {
        var pair = Assert.Single(Find([.. Others, Disagreed, PushedBack]));

        Assert.Same(Disagreed, pair.First);
        Assert.Same(PushedBack, pair.Second);
        Assert.Equal([LikenessKind.SameProject], pair.Kinds);
        Assert.Equal(2.0 / 3, pair.Score, 10); // conflict and ownership shared, mentoring in one only: (1 + 1) / (1 + 1 + 1)
        var reason = Assert.Single(pair.Reasons);
        Assert.StartsWith("both about project \"Payments\", sharing 67% of their competency weight: ", reason, StringComparison.Ordinal);
        Assert.Contains("conflict (first: \"disagreed\" in its text; second: \"pushed back\" in its text)", reason, StringComparison.Ordinal);
        Assert.Contains("ownership (first: \"took ownership\" in its text; second: \"took ownership\" in its text)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("mentoring", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SameCompetenciesInAnotherProject_IsNotASameProjectPair()
    {
        Assert.Empty(Find([.. Others, Disagreed, PushedBack with { Project = "Search" }]));
        Assert.Empty(Find([.. Others, Disagreed, PushedBack with { Project = null }]));
    }

    [Fact]
    public void Find_NoProjectNamed_FallsBackToTheCompany()
    {
        Story[] stories = [.. Others, Disagreed with { Project = null, Company = "Initech" }, PushedBack with { Project = null, Company = " INITECH " }];

        var pair = Assert.Single(Find(stories));

        Assert.Equal([LikenessKind.SameProject], pair.Kinds);
        Assert.StartsWith("both at \"Initech\" (no project named)", pair.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Find_RetellingUnderAnotherTitle_IsANearDuplicateNamingTheSharedWording()
    {
        var pair = Assert.Single(Find([.. Others, ApprovalsE2E, DelegationE2E, ApprovalsRetold]));

        Assert.Same(ApprovalsE2E, pair.First);
        Assert.Same(ApprovalsRetold, pair.Second);
        Assert.Equal([LikenessKind.NearDuplicateText], pair.Kinds);
        Assert.InRange(pair.Score, StorySimilarity.DefaultThreshold, 1);
        var reason = Assert.Single(pair.Reasons);
        Assert.StartsWith("near-duplicate text: the titles share 100% of their wording (", reason, StringComparison.Ordinal);
        Assert.Contains("approvals", reason, StringComparison.Ordinal);
        Assert.Contains(" and the texts ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SameTextUnderAnotherTitle_IsANearDuplicateByTheTextAlone()
    {
        var copy = ApprovalsE2E with { Id = "a3", Title = "Building a platform for every product" };

        var pair = Assert.Single(Find([.. Others, ApprovalsE2E, copy]));

        Assert.Equal(1, pair.Score, 10);
        Assert.Equal([LikenessKind.NearDuplicateText], pair.Kinds);
        Assert.StartsWith("near-duplicate text: the texts share 100% of their wording (", pair.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SameTitleOverDifferentStories_IsNotEnough()
    {
        var namesake = DelegationE2E with { Title = ApprovalsE2E.Title };

        Assert.Empty(Find([.. Others, ApprovalsE2E, namesake]));
    }

    [Fact]
    public void Find_BothKinds_ListsBothWithTheGreaterAsTheScore()
    {
        var retold = PushedBack with { Id = "p3", Title = Disagreed.Title, Sections = Disagreed.Sections };
        var withMentoring = retold with { Sections = [.. retold.Sections, new Section(SectionKind.Result, "Result", "I mentored the new hire.", 30)] };

        var pair = Assert.Single(Find([.. Others, Disagreed, withMentoring]));

        Assert.Equal([LikenessKind.SameProject, LikenessKind.NearDuplicateText], pair.Kinds);
        Assert.Equal(2, pair.Reasons.Count);
        Assert.True(pair.Score > 2.0 / 3, $"the text likeness {pair.Score} should exceed the competency likeness");
    }

    [Fact]
    public void Find_Threshold_ListsExactlyThePairsAtOrAboveIt()
    {
        Story[] stories = [.. Others, Disagreed, PushedBack, ApprovalsE2E, DelegationE2E, ApprovalsRetold];
        var all = Find(stories, threshold: 0);
        Assert.True(all.Count > 2, "at threshold 0 every pair with any likeness is listed");
        Assert.All(all, p => Assert.True(p.Score > 0));

        foreach (var threshold in new[] { 0.1, 0.3, 2.0 / 3, 0.9 })
        {
            var found = Find(stories, threshold);
            Assert.All(found, p => Assert.True(p.Score >= threshold, $"{p.First.Id}/{p.Second.Id} at {p.Score} < {threshold}"));
            Assert.Equal(all.Count(p => p.Score >= threshold), found.Count);
        }

        Assert.Contains(Find(stories, 2.0 / 3), p => p.First == Disagreed);
        Assert.DoesNotContain(Find(stories, 0.7), p => p.First == Disagreed);
    }

    [Fact]
    public void Find_IsDeterministicAndSortedByScore()
    {
        Story[] stories = [.. Others, Disagreed, PushedBack, ApprovalsE2E, DelegationE2E, ApprovalsRetold];

        var first = Find(stories, 0);
        var second = Find(stories, 0);

        Assert.Equal(first.Select(p => (p.First.Id, p.Second.Id, p.Score, string.Join("|", p.Reasons))), second.Select(p => (p.First.Id, p.Second.Id, p.Score, string.Join("|", p.Reasons))));
        Assert.Equal(first.Select(p => p.Score).OrderDescending(), first.Select(p => p.Score));
        Assert.All(first, p => Assert.True(Array.IndexOf(stories, p.First) < Array.IndexOf(stories, p.Second)));
    }

    [Fact]
    public void Find_NeverPairsAStoryWithItself()
    {
        Assert.DoesNotContain(Find([.. Others, ApprovalsE2E, ApprovalsE2E], threshold: 0), p => p.First.Id == p.Second.Id);
        Assert.Empty(Find([ApprovalsE2E], threshold: 0));
        Assert.Empty(Find([], threshold: 0));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void ProblemWith_ThresholdOutsideZeroToOne_SaysSoAndFindRefusesIt(double threshold)
    {
        Assert.Contains("between 0 and 1", StorySimilarity.ProblemWith(threshold), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Find([ApprovalsE2E], threshold));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ProblemWith_ThresholdAtTheEnds_IsAccepted(double threshold) =>
        Assert.Null(StorySimilarity.ProblemWith(threshold));

    [Fact]
    public void Find_NeedsAProfilePerStory() =>
        Assert.Throws<ArgumentException>(() => StorySimilarity.Find([ApprovalsE2E], []));
}
