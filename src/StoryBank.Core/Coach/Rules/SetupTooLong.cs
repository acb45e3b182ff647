namespace StoryBank.Core.Coach.Rules;

/// <summary>SB5005: the setup (Situation, Task, Context...) takes more than the maximum share.</summary>
internal sealed class SetupTooLong : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB5005", "setup-too-long", RuleCategory.Length, Severity.Note,
        "Too much of the story is setup",
        "The setup is {0:P0} of the story; keep the scene-setting under {1:P0} and get to the Action",
        "Shorten the scene-setting to what the listener needs to follow the Action.");

    public override void Analyze(StoryContext story)
    {
        if (story.ShareOf(StoryParts.SetupKinds, ActionTooThin.MinimumWords) is var (share, first) && share > story.Options.MaxSetupShare)
        {
            story.Report(this, first, 0, 0, share, story.Options.MaxSetupShare);
        }
    }
}
