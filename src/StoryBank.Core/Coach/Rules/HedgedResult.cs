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
        foreach (var passage in story.SectionsOf(StoryParts.ResultKinds).Concat(story.ShortVersion is { } s ? [s] : []))
        {
            foreach (Match match in Hedge().Matches(passage.Prose))
            {
                story.Report(this, passage, match.Index, match.Length, match.Value);
            }
        }
    }

    [GeneratedRegex(@"(?:\b(?:around|about|roughly|approximately|approx\.|something like|give or take)\s+(?=[$€£]?\d)|~\s?(?=[$€£]?\d)|\bI (?:think|believe|guess|suppose|feel like)\b(?! in\b| of\b| about\b)|\b(?:kind of|sort of|kinda|sorta|probably|maybe|perhaps|possibly|somewhat|more or less|hopefully|I'd say)\b|\b(?:seemed|seems) to (?:help|improve|work|make)\b|\b(?:might|may) have (?:helped|improved|reduced|saved|contributed)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
