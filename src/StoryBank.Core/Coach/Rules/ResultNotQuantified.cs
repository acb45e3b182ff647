using StoryBank.Core.Coach.Numbers;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB3001: a Result with no figure at all.</summary>
internal sealed class ResultNotQuantified : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB3001", "result-not-quantified", RuleCategory.Impact, Severity.Warning,
        "A result with no figure",
        "The {0} states no figure (count, %, money, time, before → after, multiplier); say how much it changed",
        "Add the figure that moved: a count, a percentage, money, time, or before → after.");

    public override void Analyze(StoryContext story)
    {
        var results = story.SectionsOf(StoryParts.ResultKinds).Where(p => p.WordCount > 0).ToArray();
        if (results.Length > 0 && !results.Any(p => QuantityParser.HasFigure(p.Prose)))
        {
            var first = results[0];
            var sentence = first.Sentences[0];
            story.Report(this, first, sentence, story.Story.Sections.First(s => s.Kind == first.Section).Label is { Length: > 0 } label ? label : "Result");
        }
    }
}
