using System.Globalization;

namespace StoryBank.Core.Coach.Rules;

/// <summary>How long words take to say, written the way a speaker thinks of it ("2:40").</summary>
internal static class SpeakingTime
{
    public static string Format(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}

/// <summary>SB5001: the full version takes longer than the target.</summary>
internal sealed class FullVersionTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5001", "full-version-too-long", RuleCategory.Length, Severity.Warning,
        "The full version is too long to tell",
        "The full version runs {0} ({1} words at {2} wpm); keep it under {3}");

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

/// <summary>SB5002: the full version is shorter than the target.</summary>
internal sealed class FullVersionTooShort : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5002", "full-version-too-short", RuleCategory.Length, Severity.Note,
        "The full version is too short to fill the answer",
        "The full version runs {0} ({1} words at {2} wpm); a full answer takes {3}–{4}: add the detail of what you did");

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

/// <summary>SB5003: the short version takes longer than the target.</summary>
internal sealed class ShortVersionTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5003", "short-version-too-long", RuleCategory.Length, Severity.Warning,
        "The short version is too long",
        "The short version runs {0} s ({1} words at {2} wpm); keep it under {3} s");

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

/// <summary>SB5004: the Action's share of the full version is below the minimum.</summary>
internal sealed class ActionTooThin : CoachRule
{
    /// <summary>Below this many words the shares of a story say little.</summary>
    internal const int MinimumWords = 60;

    public override RuleDescriptor Descriptor { get; } = new(
        "SB5004", "action-too-thin", RuleCategory.Length, Severity.Warning,
        "Too little of the story is the Action",
        "The Action is {0:P0} of the story; interviewers listen for what you did: give it at least {1:P0}");

    public override void Analyze(StoryContext story)
    {
        var total = story.FullWords;
        var actions = story.SectionsOf(StoryParts.ActionKinds).ToArray();
        if (total < MinimumWords || actions.Length == 0)
        {
            return;
        }

        var share = (double)actions.Sum(p => p.WordCount) / total;
        if (share < story.Options.MinActionShare)
        {
            story.Report(this, actions[0], 0, 0, share, story.Options.MinActionShare);
        }
    }
}

/// <summary>SB5005: the setup (Situation, Task, Context...) takes more than the maximum share.</summary>
internal sealed class SetupTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5005", "setup-too-long", RuleCategory.Length, Severity.Note,
        "Too much of the story is setup",
        "The setup is {0:P0} of the story; keep the scene-setting under {1:P0} and get to the Action");

    public override void Analyze(StoryContext story)
    {
        var total = story.FullWords;
        var setup = story.SectionsOf(StoryParts.SetupKinds).ToArray();
        if (total < ActionTooThin.MinimumWords || setup.Length == 0)
        {
            return;
        }

        var share = (double)setup.Sum(p => p.WordCount) / total;
        if (share > story.Options.MaxSetupShare)
        {
            story.Report(this, setup[0], 0, 0, share, story.Options.MaxSetupShare);
        }
    }
}
