using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB3002: hedged results ("around 30%", "I think", "kind of").</summary>
internal sealed partial class HedgedResult : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB3002", "hedged-result", RuleCategory.Impact, Severity.Warning,
        "A hedged result",
        "\"{0}\" hedges the result; know the figure and state it plainly");

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in story.AndShortVersion(story.SectionsOf(StoryParts.ResultKinds)))
        {
            foreach (Match match in Hedge().Matches(passage.Prose))
            {
                // "around 30%" reads as "30%" without the hedge; other hedges need rewording, not deletion.
                if (FigureHedge().IsMatch(match.Value))
                {
                    story.ReportWithFix(this, passage, match.Index, match.Length, "", match.Value.Trim());
                }
                else
                {
                    story.Report(this, passage, match.Index, match.Length, match.Value.Trim());
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:around|about|roughly|approximately|approx\.|~)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureHedge();

    [GeneratedRegex(@"(?:\b(?:around|about|something like|give or take)\s+(?=[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a hundred|a thousand|half|a third|a quarter|a dozen)\b)|\b(?:roughly|approximately|approx\.)|~\s?(?=[$€£]?\d)|\bI (?:think|believe|guess|suppose|feel like)\b(?! in\b| of\b| about\b)|(?<!\b(?:what|which|this|that|the|a|any|every|some|each|one|same|right|wrong) )\b(?:kind of|sort of)\b|\b(?:kinda|sorta|probably|maybe|perhaps|possibly|somewhat|more or less|hopefully|I'd say)\b|\b(?:seemed|seems|seem) to\b|\bif I (?:remember|recall) (?:correctly|right)\b|\bas far as I (?:know|remember|recall)\b|\b(?:might|may) have (?:helped|improved|reduced|saved|contributed)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
