namespace StoryBank.Core.Coach.Rules;

/// <summary>SB1002: the story has no 30-second version.</summary>
internal sealed class NoShortVersion : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB1002", "no-short-version", RuleCategory.Structure, Severity.Warning,
        "The story has no 30-second version",
        "No short version: prepare a 30-second telling for when the interviewer wants the headline",
        "Write a 30-second telling: the situation in one line, what you did in two, the result with its number.");

    public override void Analyze(StoryContext story)
    {
        if (story.ShortVersion is null || story.ShortVersion.WordCount == 0)
        {
            story.ReportStory(this);
        }
    }
}
