using StoryBank.Core.Catalog;
using StoryBank.Core.Model;

namespace StoryBank.Core.Planning;

/// <summary>What to plan: how many stories to prepare, how many rounds, how many values one story may carry.</summary>
/// <param name="Stories">The portfolio size K (1 to <see cref="MaxStories"/>; fewer when the bank holds fewer stories).</param>
/// <param name="Rounds">How many interview rounds to deal the values to (1 to <see cref="MaxRounds"/>), or null for none.</param>
/// <param name="MaxValuesPerStory">The most values one story may be the go-to for (L ≥ 1), or null for ⌈values / K⌉ + 1.</param>
/// <param name="NodeBudget">How many nodes the exact portfolio search may visit before settling for local search.</param>
/// <param name="Retellings">
/// Pairs of stories that retell one another (see <see cref="Similarity.StorySimilarity"/>): in the rounds they count as
/// one story, so a loop never hears the same story twice under two titles. None when null.
/// </param>
public sealed record PlanOptions(
    int Stories = PlanOptions.DefaultStories,
    int? Rounds = null,
    int? MaxValuesPerStory = null,
    long NodeBudget = PortfolioSearch.DefaultNodeBudget,
    IReadOnlyList<(Model.Story First, Model.Story Second)>? Retellings = null)
{
    /// <summary>The portfolio size when none is asked for.</summary>
    public const int DefaultStories = 6;

    /// <summary>The largest portfolio.</summary>
    public const int MaxStories = 20;

    /// <summary>The most rounds of a loop.</summary>
    public const int MaxRounds = 10;
}

/// <summary>A story picked for a value, with its coverage of that value (strength and reasons).</summary>
/// <param name="Story">The story.</param>
/// <param name="Coverage">How strongly it covers the value, and why.</param>
/// <param name="InPortfolio">Whether the story is one of the portfolio's.</param>
public sealed record StoryPick(Story Story, Coverage Coverage, bool InPortfolio);

/// <summary>A value a story covers, with the coverage.</summary>
public sealed record ValueCoverage(CompanyValue Value, Coverage Coverage);

/// <summary>One story of the portfolio and the values it covers, strongest first.</summary>
public sealed record PortfolioStory(Story Story, IReadOnlyList<ValueCoverage> Values);

/// <summary>The K stories to prepare.</summary>
/// <param name="Stories">The stories, in bank order.</param>
/// <param name="Score">Σ over values of the best strength among them: what the search maximized.</param>
/// <param name="Exact">True when no other set of K stories scores more; false when the search settled for local search.</param>
/// <param name="Note">Why the portfolio may not be the best there is (when not exact), else null.</param>
public sealed record Portfolio(IReadOnlyList<PortfolioStory> Stories, double Score, bool Exact, string? Note);

/// <summary>A value's go-to story and its backup.</summary>
/// <param name="Value">The value.</param>
/// <param name="GoTo">The portfolio story to tell for it, or null when none can be.</param>
/// <param name="Backup">The strongest other story covering it (a portfolio story if one does, else any), or null.</param>
/// <param name="Note">Why the value has no go-to, else null.</param>
public sealed record ValueAssignment(CompanyValue Value, StoryPick? GoTo, StoryPick? Backup, string? Note);

/// <summary>A value no story covers, or none more than weakly (below <see cref="LoopPlanner.WeakCoverage"/>).</summary>
/// <param name="Value">The value.</param>
/// <param name="Best">The bank's strongest story for it, when one covers it weakly.</param>
/// <param name="Competencies">The names of the competencies the value draws on.</param>
/// <param name="SampleQuestion">A question that probes the value, when the catalogue has one.</param>
/// <param name="Advice">What kind of story to write, in plain words.</param>
public sealed record CoverageGap(CompanyValue Value, StoryPick? Best, IReadOnlyList<string> Competencies, string? SampleQuestion, string Advice);

/// <summary>A portfolio story the plan leans on too much.</summary>
/// <param name="Story">The story.</param>
/// <param name="GoToFor">The values it is the go-to for.</param>
/// <param name="StrongestFor">The values it is the portfolio's strongest story for (it would be needed for all of them).</param>
/// <param name="Message">What the risk is, in plain words.</param>
public sealed record StoryOveruse(Story Story, IReadOnlyList<CompanyValue> GoToFor, IReadOnlyList<CompanyValue> StrongestFor, string Message);

/// <summary>One value asked in a round, with the story told for it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Story">The story, never told elsewhere in the loop; null when no distinct story covers the value.</param>
/// <param name="Note">Why there is no story, else null.</param>
public sealed record RoundSlot(CompanyValue Value, StoryPick? Story, string? Note);

/// <summary>One interview round: the values it asks, in pack order.</summary>
public sealed record LoopRound(int Number, IReadOnlyList<RoundSlot> Slots);

/// <summary>The plan for one company's interview loop over one bank. Immutable.</summary>
/// <param name="Coverage">Values × stories: the strengths and reasons everything else is computed from.</param>
/// <param name="MaxValuesPerStory">L: the most values one story may be the go-to for.</param>
/// <param name="Portfolio">The K stories to prepare.</param>
/// <param name="Values">Every value's go-to and backup, in pack order.</param>
/// <param name="Gaps">Values no story covers more than weakly, in pack order.</param>
/// <param name="Overuse">Portfolio stories the plan leans on too much, in bank order.</param>
/// <param name="Rounds">The rounds, when asked for; else empty.</param>
public sealed record LoopPlan(
    CoverageMatrix Coverage,
    int MaxValuesPerStory,
    Portfolio Portfolio,
    IReadOnlyList<ValueAssignment> Values,
    IReadOnlyList<CoverageGap> Gaps,
    IReadOnlyList<StoryOveruse> Overuse,
    IReadOnlyList<LoopRound> Rounds);
