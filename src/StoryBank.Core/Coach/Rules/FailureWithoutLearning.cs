using System.Buffers;
using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB1003: a failure or mistake story that never says what the candidate learned.</summary>
internal sealed partial class FailureWithoutLearning : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB1003", "failure-without-learning", RuleCategory.Structure, Severity.Warning,
        "A failure or mistake story without a learning",
        "A failure story must end with what you learned and what you do differently since; this one {0}",
        "End the story with what you learned and what you have done differently since; interviewers ask failure questions for exactly that.");

    public override void Analyze(StoryContext story)
    {
        var s = story.Story;
        var framing = string.Join('\n', [s.Title, .. s.Tags, .. s.BestFor, .. s.HeadingPath, .. s.Competencies]);
        var isFailure = FailureFraming().IsMatch(framing)
            || story.Sections.Any(OwnsFailure)
            || (story.ShortVersion is { } shortVersion && OwnsFailure(shortVersion));
        if (!isFailure)
        {
            return;
        }

        var learned = s.Learnings.Count > 0
            || story.Sections.Any(p => p.Section is SectionKind.Learning or SectionKind.Reflection && p.WordCount > 0)
            || story.Passages.Any(p => Learning().IsMatch(p.Prose));
        if (!learned)
        {
            story.ReportStory(this, "has no learning section and no sentence of learning");
        }
    }

    /// <summary>Every alternative of <see cref="OwnFailure"/> contains one of these words (a passage without any is not searched).</summary>
    private static readonly SearchValues<string> OwnFailureWords = SearchValues.Create(
        ["mistake", "wrong", "underestimated", "misjudged", "overlooked", "fault", "caused", "broke", "should", "failed"], StringComparison.OrdinalIgnoreCase);

    private static bool OwnsFailure(Passage passage) => passage.Prose.AsSpan().IndexOfAny(OwnFailureWords) >= 0 && OwnFailure().IsMatch(passage.Prose);

    // "failure" alone is often a system's ("a disk failure"), so only a person's or a project's failure counts.
    [GeneratedRegex(@"\b(?:(?:I|we|you) (?:\w+ )?failed|(?:my|our|your|a personal|biggest|professional|project|launch|product) failures?|(?<!(?:disk|server|node|network|power|hardware|system|service|database|deployment|replication|cascading|build|test|job|payment|drive|cluster|dependency|upstream) )failures?(?! (?:of|in) (?:a |the |our )?(?:disk|server|node|network|database|service|system))|failed (?:launch|project|product|migration|rollout|release|bet|startup|hire)|mistakes?(?!-proof)|went (?:wrong|badly)|botch(?:ed)?|(?:took|taking) down|outage I caused|I caused|missed (?:the |a |our )?(?:deadline|launch|date)|missing (?:the |a |our )?(?:deadline|launch|date)|nobody used|no one used|wrong (?:rows|data|table|customers|branch|server)|gone wrong|backfired?|regrets?|post-?mortem|screw(?:ed)? up|messed up|bad (?:call|decision)|misjudg\w*|wrong (?:call|decision|bet))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailureFraming();

    [GeneratedRegex(@"\b(?:my mistake|I made (?:a|the|one) (?:\w+ )?mistake|I was wrong|I got (?:it|this) wrong|I underestimated|I misjudged|I overlooked|it was my fault|my fault|I caused|I broke|I should have|I shouldn't have|I failed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnFailure();

    [GeneratedRegex(@"\b(?:I learn(?:ed|t)|learn(?:ed|t) (?:that|to|how)|lessons?|taught me|takeaways?|in hindsight|looking back|since then|from then on|now I (?:always|make sure|start|insist|check)|I now (?:always|make sure|start|insist|check)|I always \w+ now|next time|going forward|do (?:it |things )?differently|would change|changed (?:how|the way) I|I've (?:since|started)|became a (?:habit|rule|practice) for me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Learning();
}
