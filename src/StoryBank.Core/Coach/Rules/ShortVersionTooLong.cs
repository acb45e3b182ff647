namespace StoryBank.Core.Coach.Rules;

/// <summary>SB5003: the short version takes longer than the target.</summary>
internal sealed class ShortVersionTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5003", "short-version-too-long", RuleCategory.Length, Severity.Warning,
        "The short version is too long",
        "The short version runs {0} s ({1} words at {2} wpm); keep it under {3} s",
        "Keep the short version to the headline: situation, your action, the result, in under 40 seconds.");

    public override void Analyze(StoryContext story)
    {
        if (story.ShortVersion is not { } shortVersion)
        {
            return;
        }

        var words = shortVersion.WordCount;
        var seconds = story.Options.SecondsFor(words);
        if (seconds > story.Options.ShortMaxSeconds)
        {
            story.Report(this, shortVersion, 0, shortVersion.Markdown.Length, Math.Round(seconds), words, story.Options.WordsPerMinute, story.Options.ShortMaxSeconds);
        }
    }
}
