namespace StoryBank.Core.Coach.Rules;

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
