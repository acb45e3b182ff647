namespace StoryBank.Core.Coach.Rules;

/// <summary>SB5002: the full version is shorter than the target.</summary>
internal sealed class FullVersionTooShort : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5002", "full-version-too-short", RuleCategory.Length, Severity.Note,
        "The full version is too short to fill the answer",
        "The full version runs {0} ({1} words at {2} wpm); a full answer takes {3}–{4}: add the detail of what you did",
        "Add the detail of what you did and why; a full answer needs two to three minutes.");

    public override void Analyze(StoryContext story)
    {
        var words = story.FullWords;
        var seconds = story.Options.SecondsFor(words);
        if (words > 0 && seconds < story.Options.FullMinSeconds)
        {
            story.ReportStory(this, SpeakingTime.Format(seconds), words, story.Options.WordsPerMinute,
                SpeakingTime.Format(story.Options.FullMinSeconds), SpeakingTime.Format(story.Options.FullMaxSeconds));
        }
    }
}
