using System.Buffers;
using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>
/// A rule that reports every match of one pattern in the passages it reads (the spoken parts of the story by default),
/// optionally skipping passages that contain none of the words the pattern needs.
/// </summary>
internal abstract class PatternRule : CoachRule
{
    /// <summary>The pattern whose matches are findings.</summary>
    protected abstract Regex Pattern { get; }

    /// <summary>Words every alternative of <see cref="Pattern"/> contains; a passage without any is not searched. Null to search all.</summary>
    protected virtual SearchValues<string>? Triggers => null;

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in PassagesOf(story))
        {
            if (Triggers is { } triggers && passage.Prose.AsSpan().IndexOfAny(triggers) < 0)
            {
                continue;
            }

            for (var match = Pattern.Match(passage.Prose); match.Success; match = match.NextMatch())
            {
                if (Accepts(passage, match))
                {
                    Report(story, passage, match);
                }
            }
        }
    }

    /// <summary>The passages the rule reads: the full version, the short version and the prepared answers.</summary>
    protected virtual IEnumerable<Passage> PassagesOf(StoryContext story) =>
        story.Passages.Where(p => p.Kind is PassageKind.Section or PassageKind.ShortVersion or PassageKind.FollowUpAnswer);

    /// <summary>False for a match that only looks like a finding (a negated claim, say).</summary>
    protected virtual bool Accepts(Passage passage, Match match) => true;

    /// <summary>Reports one match; the message's argument is the matched text.</summary>
    protected virtual void Report(StoryContext story, Passage passage, Match match) =>
        story.Report(this, passage, match.Index, match.Length, match.Value.Trim());
}
