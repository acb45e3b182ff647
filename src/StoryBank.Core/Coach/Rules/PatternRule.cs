using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>
/// A rule that reports every match of one pattern in the passages it reads (the spoken parts of the story by default),
/// optionally searching only the stretches of text around the words the pattern needs.
/// </summary>
internal abstract class PatternRule : CoachRule
{
    /// <summary>The pattern whose matches are findings.</summary>
    protected internal abstract Regex Pattern { get; }

    /// <summary>
    /// Words, at least one of which every match of <see cref="Pattern"/> holds whole (case aside), for patterns whose
    /// matches never hold a full stop; null to search all text. With triggers, only the stretches between full stops
    /// that hold one of the rule's words are searched, which finds the same matches: a match holds no full stop, so it
    /// lies inside one stretch, and the stretch holds the match's trigger word.
    /// </summary>
    protected internal virtual IReadOnlyList<string>? Triggers => null;

    /// <summary>This rule's bit in <see cref="SharedTriggers.Index"/>; 0 when it has no triggers, -1 until first asked.</summary>
    private int _triggerBit = -1;

    public override void Analyze(StoryContext story)
    {
        if (_triggerBit < 0)
        {
            _triggerBit = Triggers is null ? 0 : 1 << Array.IndexOf(SharedTriggers.Rules, this);
        }

        foreach (var passage in PassagesOf(story))
        {
            var prose = passage.Prose;
            if (_triggerBit == 0)
            {
                ReportMatches(story, passage, Pattern.Match(prose));
                continue;
            }

            var searched = 0;
            foreach (var hit in passage.TriggerHits(SharedTriggers.Index))
            {
                if ((hit.Rules & _triggerBit) == 0 || hit.Start < searched)
                {
                    continue;
                }

                // The pattern sees only the stretch: its \b and lookarounds read the stretch's ends as the text's ends,
                // which agrees with the full stop or passage end that is really there.
                var start = hit.Start == 0 ? 0 : prose.LastIndexOf('.', hit.Start - 1) + 1;
                var end = prose.IndexOf('.', hit.Start) is var stop and >= 0 ? stop : prose.Length;
                ReportMatches(story, passage, Pattern.Match(prose, start, end - start));
                searched = end;
            }
        }
    }

    private void ReportMatches(StoryContext story, Passage passage, Match first)
    {
        for (var match = first; match.Success; match = match.NextMatch())
        {
            if (Accepts(passage, match))
            {
                Report(story, passage, match);
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

    /// <summary>The trigger words of every pattern rule, looked up in one pass over each passage.</summary>
    /// <remarks>A class of its own so that it is built on first use, after the rule catalog that holds the rules.</remarks>
    private static class SharedTriggers
    {
        public static readonly PatternRule[] Rules = [.. RuleCatalog.All.OfType<PatternRule>().Where(r => r.Triggers is not null)];

        public static readonly WordTriggers Index = new([.. Rules.Select(r => r.Triggers!)]);
    }
}
