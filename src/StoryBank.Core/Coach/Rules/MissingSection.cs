using StoryBank.Core.Frameworks;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB1001: a part of the story's framework is missing or empty.</summary>
internal sealed class MissingSection : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB1001", "missing-section", RuleCategory.Structure, Severity.Warning,
        "A part of the story's framework is missing or empty",
        "The {0} part '{1}' is {2}",
        "Give every part of the framework at least a sentence; if a part does not apply, choose the framework that fits (CAR has no Task).");

    public override void Analyze(StoryContext story)
    {
        if (FrameworkCatalog.Get(story.Story.Framework) is not { } framework)
        {
            // A story that sets the scene and acts but never says how it ended fits no framework, yet clearly lacks its Result.
            var kinds = story.Sections.Select(p => p.Section).ToHashSet();
            if (kinds.Overlaps(StoryParts.SetupKinds) && kinds.Overlaps(StoryParts.ActionKinds) && !kinds.Overlaps(StoryParts.ResultKinds))
            {
                story.ReportStory(this, "story", "Result", "missing");
            }

            return;
        }

        foreach (var part in framework.Parts)
        {
            var sections = story.Sections.Where(p => part.Accepts.Contains(p.Section)).ToArray();
            if (sections.Length == 0)
            {
                story.ReportStory(this, framework.Kind, part.Name, "missing");
            }
            else if (sections.All(p => p.WordCount == 0 || Placeholders.IsPlaceholder(p.Prose)))
            {
                story.Report(this, sections[0], 0, 0, framework.Kind, part.Name, "empty");
            }
        }
    }
}
