namespace StoryBank.Core.Coach.Rules;

/// <summary>SB5001: the full version takes longer than the target.</summary>
internal sealed class FullVersionTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5001", "full-version-too-long", RuleCategory.Length, Severity.Warning,
        "The full version is too long to tell",
        "The full version runs {0} ({1} words at {2} wpm); keep it under {3}",
        "Cut the setup and the secondary details until it fits in three minutes; keep the Action and the Result.");

    public override void Analyze(StoryContext story)
    {
        var words = story.FullWords;
        var seconds = story.Options.SecondsFor(words);
        if (seconds > story.Options.FullMaxSeconds)
        {
            story.ReportStory(this, SpeakingTime.Format(seconds), words, story.Options.WordsPerMinute, SpeakingTime.Format(story.Options.FullMaxSeconds));
        }
    }
}
