using System.Globalization;
using StoryBank.Cli.Rendering;
using StoryBank.Core.Model;
using StoryBank.Core.Planning;

namespace StoryBank.Cli.Planning;

/// <summary>How the plan's views name stories, strengths and reasons, so the terminal and Markdown say the same.</summary>
internal static class PlanWords
{
    /// <summary>"Title (id, file:line)": the story and where it was read from.</summary>
    public static string Story(Story story) => $"{story.Title} ({story.Id}, {StoryViews.SourceOf(story)})";

    public static string Strength(double strength) => strength.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"Title (id, file:line), strength 4.00", plus "not in the portfolio" for a story from the rest of the bank.</summary>
    public static string Pick(StoryPick pick) =>
        $"{Story(pick.Story)}, strength {Strength(pick.Coverage.Strength)}{(pick.InPortfolio ? "" : ", not in the portfolio")}";

    /// <summary>The reasons of a coverage in one line.</summary>
    public static string Reasons(Coverage coverage) => string.Join("; ", coverage.Reasons);

    /// <summary>What the portfolio is, in one sentence.</summary>
    public static string Summary(LoopPlan plan) => string.Create(
        CultureInfo.InvariantCulture,
        $"{plan.Portfolio.Stories.Count} of the bank's {plan.Coverage.Stories.Count} stories cover the {plan.Coverage.Pack.Values.Count} values of {plan.Coverage.Pack.Company} with a total strength of {Strength(plan.Portfolio.Score)}; no story is the go-to for more than {plan.MaxValuesPerStory} values.");

    /// <summary>How the values were dealt to the rounds.</summary>
    public const string RoundsRule = "Values are dealt to the rounds in pack order, round-robin; no story is told twice in the loop, and a retelling of a story (see `storybank similar`) counts as the story.";
}
