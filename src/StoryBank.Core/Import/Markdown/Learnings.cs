using System.Buffers;
using System.Text.RegularExpressions;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>Collects what a story says the candidate learned: learning sections and "Learning:" items inside other sections.</summary>
internal static partial class Learnings
{
    public static IReadOnlyList<string> From(IEnumerable<Section> sections)
    {
        var learnings = new List<string>();
        foreach (var section in sections)
        {
            if (section.Kind == SectionKind.Learning)
            {
                learnings.Add(section.Text);
                continue;
            }

            if (!section.Text.AsSpan().ContainsAny(LearningWords))
            {
                continue;
            }

            foreach (Match match in LearningItem().Matches(section.Text))
            {
                learnings.Add(match.Groups["text"].Value.Trim());
            }
        }

        return learnings.Where(l => l.Length > 0).ToList();
    }

    /// <summary>Every <see cref="LearningItem"/> holds one of these; a section without any is not searched.</summary>
    private static readonly SearchValues<string> LearningWords = SearchValues.Create(["learn", "lesson"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?\**(?:Key )?(?:Learning|Learnings|Lesson|Lessons learned|What I learned)\**\s*:\**\s*(?<text>.+)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex LearningItem();
}
