namespace StoryBank.Core.Coach.Rules;

/// <summary>SB5004: the Action's share of the full version is below the minimum.</summary>
internal sealed class ActionTooThin : CoachRule
{
    /// <summary>Below this many words the shares of a story say little.</summary>
    internal const int MinimumWords = 60;

    public override RuleDescriptor Descriptor { get; } = new(
        "SB5004", "action-too-thin", RuleCategory.Length, Severity.Warning,
        "Too little of the story is the Action",
        "The Action is {0:P0} of the story; interviewers listen for what you did: give it at least {1:P0}",
        "Give most of the time to what you did: decisions, trade-offs, the hard part.");

    public override void Analyze(StoryContext story)
    {
        if (story.ShareOf(StoryParts.ActionKinds, MinimumWords) is var (share, first) && share < story.Options.MinActionShare)
        {
            story.Report(this, first, 0, 0, share, story.Options.MinActionShare);
        }
    }
}
