using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB3002: hedged results ("around 30%", "I think", "kind of").</summary>
internal sealed partial class HedgedResult : PatternRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB3002", "hedged-result", RuleCategory.Impact, Severity.Warning,
        "A hedged result",
        "\"{0}\" hedges the result; know the figure and state it plainly",
        "Check the number and state it plainly; if it is an estimate, say how you estimated it once, not with a hedge.");

    protected internal override Regex Pattern => Hedge();

    protected override IEnumerable<Passage> PassagesOf(StoryContext story) => story.AndShortVersion(story.SectionsOf(StoryParts.ResultKinds));

    /// <summary>"around 30%" reads as "30%" without the hedge, so that fix is offered; other hedges need rewording.</summary>
    protected override void Report(StoryContext story, Passage passage, Match match)
    {
        if (FigureHedge().IsMatch(match.Value))
        {
            story.ReportWithFix(this, passage, match.Index, match.Length, "", match.Value.Trim());
        }
        else
        {
            base.Report(story, passage, match);
        }
    }

    [GeneratedRegex(@"^(?:around|about|roughly|approximately|approx\.|~)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureHedge();

    [GeneratedRegex(@"(?:\b(?:around|about|something like|give or take)\s+(?=[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a hundred|a thousand|half|a third|a quarter|a dozen)\b)|\b(?:roughly|approximately|approx\.)|~\s?(?=[$€£]?\d)|\bI (?:think|believe|guess|suppose|feel like)\b(?! in\b| of\b| about\b)|(?<!\b(?:what|which|this|that|the|a|any|every|some|each|one|same|right|wrong) )\b(?:kind of|sort of)\b|\b(?:kinda|sorta|probably|maybe|perhaps|possibly|somewhat|more or less|hopefully|I'd say)\b|\b(?:seemed|seems|seem) to\b|\bif I (?:remember|recall) (?:correctly|right)\b|\bas far as I (?:know|remember|recall)\b|\b(?:might|may) have (?:helped|improved|reduced|saved|contributed)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
