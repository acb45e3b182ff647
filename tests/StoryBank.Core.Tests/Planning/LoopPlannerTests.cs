using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;
using StoryBank.Core.Planning;
using StoryBank.Core.Tests.Matching;

namespace StoryBank.Core.Tests.Planning;

/// <summary>
/// The loop plan over a small bank: one broad story covers four values strongly, four focused stories one each, one story
/// covers "Learn and Teach" weakly and nothing covers "Frugality".
/// </summary>
public sealed class LoopPlannerTests
{
    private static readonly (string Id, string Name, string[] Phrases)[] Taxonomy =
    [
        ("deep-dive", "Deep dives", ["root cause"]),
        ("conflict", "Conflict and disagreement", ["disagreed"]),
        ("ownership", "Ownership and accountability", ["took ownership"]),
        ("customer", "Customer focus", ["customer"]),
        ("learning", "Learning and curiosity", ["learned"]),
        ("teaching", "Mentoring", ["mentored"]),
        ("frugal", "Frugality", ["saved money"]),
    ];

    private static readonly ValuePack Pack = new("Initech", ["initech"],
    [
        Value("dive-deep", "Dive Deep", "deep-dive"),
        Value("backbone", "Have Backbone", "conflict"),
        Value("own-it", "Own It", "ownership"),
        Value("customers-first", "Customers First", "customer"),
        Value("learn-teach", "Learn and Teach", "learning", "teaching"),
        Value("frugality", "Frugality", "frugal"),
    ], "initech.yaml");

    private static readonly InterviewCatalog Catalog = new(
        [.. Taxonomy.Select(c => new Competency(c.Id, c.Name, c.Phrases))],
        [],
        [new CatalogQuestion("q1", "Tell me about a time you cut costs.", ["frugal"], QuestionLevel.Normal, FrameworkKind.STAR)],
        [Pack]);

    private static readonly StoryProfiler Profiler = MatchingFixtures.Profiler([.. Taxonomy.Select(c => (c.Id, c.Phrases))]);

    private static readonly Story[] Bank =
    [
        MatchingFixtures.Story("broad", "The big migration", ["root cause", "disagreed", "took ownership", "customer"], [], []),
        MatchingFixtures.Story("dig", "The flaky test", [], [], [], "I found the root cause."),
        MatchingFixtures.Story("argue", "The design review", [], [], [], "I disagreed with the lead."),
        MatchingFixtures.Story("own", "The orphaned service", [], [], [], "I took ownership of it."),
        MatchingFixtures.Story("client", "The angry client", [], [], [], "The customer called at night."),
        MatchingFixtures.Story("course", "The evening course", [], [], [], "I learned Rust."),
    ];

    private static CompanyValue Value(string id, string name, params string[] competencies) =>
        new(id, name, ValueKind.Value, $"Stories about {name.ToLowerInvariant()}.", competencies, id == "frugality" ? [] : [$"Tell me about {name}."]);

    private static LoopPlan Plan(PlanOptions options, IReadOnlyList<Story>? stories = null)
    {
        stories ??= Bank;
        return new LoopPlanner(Catalog).Plan(CoverageMatrix.Build(Pack, stories, [.. stories.Select(s => Profiler.Profile(s))]), options);
    }

    private static string? GoTo(LoopPlan plan, string valueId) => plan.Values.Single(v => v.Value.Id == valueId).GoTo?.Story.Id;

    [Fact]
    public void Plan_WholeBank_PortfolioIsEveryStoryAndTheLimitIsValuesOverKPlusOne()
    {
        var plan = Plan(new PlanOptions());

        Assert.Equal(Bank.Select(s => s.Id), plan.Portfolio.Stories.Select(s => s.Story.Id)); // K = 6 clamps to the 6 stories
        Assert.True(plan.Portfolio.Exact);
        Assert.Null(plan.Portfolio.Note);
        Assert.Equal(2, plan.MaxValuesPerStory); // ⌈6 / 6⌉ + 1
        var broad = plan.Portfolio.Stories[0];
        Assert.Equal(["dive-deep", "backbone", "own-it", "customers-first"], broad.Values.Select(v => v.Value.Id));
        Assert.All(broad.Values, v => Assert.Contains(v.Coverage.Reasons, r => r.Contains("in its competency line", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plan_OneStoryStrongestForFourValues_IsGoToForNoMoreThanTheLimitAndListedAsOverused()
    {
        var plan = Plan(new PlanOptions());

        var broadFor = plan.Values.Where(v => v.GoTo?.Story.Id == "broad").Select(v => v.Value.Id).ToList();
        Assert.Equal(2, broadFor.Count);
        Assert.All(plan.Values.Take(4), v => Assert.NotNull(v.GoTo)); // the other two go to their focused stories
        var overuse = Assert.Single(plan.Overuse);
        Assert.Equal("broad", overuse.Story.Id);
        Assert.Equal(4, overuse.StrongestFor.Count);
        Assert.Equal(broadFor, overuse.GoToFor.Select(v => v.Id));
        Assert.Contains("more than the 2 one story may carry", overuse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_GoToTakenByTheBroadStory_BackupIsTheFocusedOneAndTheOtherWayRound()
    {
        var plan = Plan(new PlanOptions());

        var dive = plan.Values.Single(v => v.Value.Id == "dive-deep");
        var expectedBackup = dive.GoTo!.Story.Id == "broad" ? "dig" : "broad";
        Assert.Equal(expectedBackup, dive.Backup?.Story.Id);
        Assert.True(dive.Backup!.InPortfolio);
    }

    [Fact]
    public void Plan_OneStoryPortfolio_BackupComesFromTheBankAndUncoveredValuesSayWhy()
    {
        var plan = Plan(new PlanOptions(Stories: 1));

        Assert.Equal("broad", Assert.Single(plan.Portfolio.Stories).Story.Id);
        var dive = plan.Values.Single(v => v.Value.Id == "dive-deep");
        Assert.Equal("broad", dive.GoTo?.Story.Id);
        Assert.Equal("dig", dive.Backup?.Story.Id);
        Assert.False(dive.Backup!.InPortfolio);
        var learn = plan.Values.Single(v => v.Value.Id == "learn-teach");
        Assert.Null(learn.GoTo);
        Assert.Equal("no story of the portfolio covers it", learn.Note);
        Assert.Equal("course", learn.Backup?.Story.Id);
        Assert.Equal("no story of the bank covers it", plan.Values.Single(v => v.Value.Id == "frugality").Note);
    }

    [Fact]
    public void Plan_LimitTooLowForTheValues_LeavesValuesWithoutGoToAndSaysTheLimitIsWhy()
    {
        var plan = Plan(new PlanOptions(Stories: 1, MaxValuesPerStory: 1));

        Assert.Single(plan.Values, v => v.GoTo is not null);
        var unserved = plan.Values.Where(v => v.GoTo is null && v.Value.Id is "dive-deep" or "backbone" or "own-it" or "customers-first").ToList();
        Assert.Equal(3, unserved.Count);
        Assert.All(unserved, v => Assert.Equal("every portfolio story that covers it is already the go-to for 1 values, the most one story may carry", v.Note));
    }

    [Fact]
    public void Plan_UncoveredAndWeaklyCoveredValues_AreGapsWithAdviceFromTheCatalogue()
    {
        var plan = Plan(new PlanOptions());

        Assert.Equal(["learn-teach", "frugality"], plan.Gaps.Select(g => g.Value.Id));
        var weak = plan.Gaps[0];
        Assert.Equal("course", weak.Best?.Story.Id);
        Assert.True(weak.Best!.Coverage.Strength < LoopPlanner.WeakCoverage);
        Assert.Equal(["Learning and curiosity", "Mentoring"], weak.Competencies);
        Assert.Equal("Tell me about Learn and Teach.", weak.SampleQuestion);
        Assert.Equal(
            "Write a story that shows Learning and curiosity and Mentoring. Stories about learn and teach. Rehearse it on: \"Tell me about Learn and Teach.\"",
            weak.Advice);
        var none = plan.Gaps[1];
        Assert.Null(none.Best);
        Assert.Equal("Tell me about a time you cut costs.", none.SampleQuestion); // the pack has none: the question bank's
    }

    [Fact]
    public void Plan_WithRounds_DealsValuesRoundRobinAndTellsNoStoryTwice()
    {
        var plan = Plan(new PlanOptions(Stories: 1, Rounds: 4));

        Assert.Equal([1, 2, 3, 4], plan.Rounds.Select(r => r.Number));
        Assert.Equal(["dive-deep", "learn-teach"], plan.Rounds[0].Slots.Select(s => s.Value.Id));
        Assert.Equal(["backbone", "frugality"], plan.Rounds[1].Slots.Select(s => s.Value.Id));
        Assert.Equal(["own-it"], plan.Rounds[2].Slots.Select(s => s.Value.Id));
        var told = plan.Rounds.SelectMany(r => r.Slots).Where(s => s.Story is not null).Select(s => s.Story!.Story.Id).ToList();
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.Equal(5, told.Count); // every covered value gets a story of its own: the bank holds enough
        Assert.Contains("broad", told); // the one portfolio story is used once
        var frugality = plan.Rounds[1].Slots[1];
        Assert.Null(frugality.Story);
        Assert.Equal("no story of the bank covers it", frugality.Note);
    }

    [Fact]
    public void Plan_MoreValuesThanStories_SaysWhichValuesCannotGetADistinctStory()
    {
        Story[] two = [Bank[0], Bank[1]];

        var plan = Plan(new PlanOptions(Rounds: 2), two);

        var slots = plan.Rounds.SelectMany(r => r.Slots).ToList();
        Assert.Equal(2, slots.Count(s => s.Story is not null));
        Assert.Equal(2, slots.Count(s => s.Note == "every story that covers it (or a retelling of it) is already told for another value of the loop"));
        Assert.Equal(4 + 1, slots.Where(s => s.Story is not null).Sum(s => s.Story!.Coverage.Strength)); // broad (4) + dig (1)
    }

    [Fact]
    public void Plan_RetellingsCountAsOneStoryInTheRounds()
    {
        // "dig-again" retells "dig" and adds a disagreement: without the pair the loop tells both, with it only one.
        var digAgain = MatchingFixtures.Story("dig-again", "The flaky test, told again", [], [], [], "I found the root cause and disagreed with the lead.");
        Story[] bank = [Bank[1], digAgain];

        var apart = Plan(new PlanOptions(Rounds: 2), bank);
        var together = Plan(new PlanOptions(Rounds: 2, Retellings: [(Bank[1], digAgain)]), bank);

        static List<string> Told(LoopPlan plan) =>
            [.. plan.Rounds.SelectMany(r => r.Slots).Where(s => s.Story is not null).Select(s => s.Story!.Story.Id).Order()];
        Assert.Equal(["dig", "dig-again"], Told(apart));
        Assert.Single(Told(together));
        Assert.Contains(together.Rounds.SelectMany(r => r.Slots), s => s.Note == "every story that covers it (or a retelling of it) is already told for another value of the loop");
    }

    [Fact]
    public void Plan_NoRoundsAsked_HasNoRounds() => Assert.Empty(Plan(new PlanOptions()).Rounds);

    [Fact]
    public void Plan_SearchBudgetSpent_SaysThePortfolioIsNotProvenBest()
    {
        var plan = Plan(new PlanOptions(Stories: 3, NodeBudget: 0));

        Assert.False(plan.Portfolio.Exact);
        Assert.StartsWith("not proven the best set of 3 stories", plan.Portfolio.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SameInputTwice_SamePlan()
    {
        static string Describe(LoopPlan plan) => string.Join("|",
            plan.Portfolio.Stories.Select(s => s.Story.Id)
                .Concat(plan.Values.Select(v => $"{v.Value.Id}:{v.GoTo?.Story.Id}/{v.Backup?.Story.Id}"))
                .Concat(plan.Rounds.SelectMany(r => r.Slots).Select(s => $"{s.Value.Id}:{s.Story?.Story.Id}")));

        Assert.Equal(Describe(Plan(new PlanOptions(Stories: 3, Rounds: 3))), Describe(Plan(new PlanOptions(Stories: 3, Rounds: 3))));
    }

    [Fact]
    public void Plan_EmptyBank_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => Plan(new PlanOptions(), []));
}
