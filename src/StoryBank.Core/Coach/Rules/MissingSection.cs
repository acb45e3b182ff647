using System.Text.RegularExpressions;
using StoryBank.Core.Frameworks;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB1001: a part of the story's framework is missing or empty.</summary>
internal sealed partial class MissingSection : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB1001", "missing-section", RuleCategory.Structure, Severity.Warning,
        "A part of the story's framework is missing or empty",
        "The {0} part '{1}' is {2}");

    public override void Analyze(StoryContext story)
    {
        if (FrameworkCatalog.Get(story.Story.Framework) is not { } framework)
        {
            return;
        }

        foreach (var part in framework.Parts)
        {
            var sections = story.Sections.Where(p => part.Accepts.Contains(p.Section)).ToArray();
            if (sections.Length == 0)
            {
                story.ReportStory(this, framework.Kind, part.Name, "missing");
            }
            else if (sections.All(p => p.WordCount == 0 || Placeholder().IsMatch(p.Prose)))
            {
                story.Report(this, sections[0], 0, 0, framework.Kind, part.Name, "empty");
            }
        }
    }

    /// <summary>Text that only holds the place of a section: "TBD", "TODO", "…", "[result]".</summary>
    [GeneratedRegex(@"^\s*(?:tbd|todo|tk|xxx|to be (?:added|written|filled(?: in)?)|fill (?:in|me in)|\.{3}|…|\[[^\]]*\]|<[^>]*>|n/?a|-+|\?+)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
