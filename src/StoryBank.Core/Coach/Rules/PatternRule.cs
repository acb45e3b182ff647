using System.Buffers;
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
    /// Words that start a word in every match of <see cref="Pattern"/> (at least one of them per match) and patterns
    /// whose matches never hold a full stop; null to search all text. With triggers, only the stretches between full
    /// stops that hold a trigger at the start of a word are searched, which finds the same matches: a match holds no
    /// full stop, so it lies inside one stretch, and the stretch holds the match's trigger.
    /// </summary>
    protected internal virtual SearchValues<string>? Triggers => null;

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in PassagesOf(story))
        {
            var prose = passage.Prose;
            if (Triggers is not { } triggers)
            {
                ReportMatches(story, passage, Pattern.Match(prose));
                continue;
            }

            for (var from = 0; from < prose.Length && prose.AsSpan(from).IndexOfAny(triggers) is var found and >= 0;)
            {
                var at = from + found;
                if (at > 0 && (char.IsLetterOrDigit(prose[at - 1]) || prose[at - 1] == '_'))
                {
                    from = at + 1; // inside a word ("made" is not "mad")
                    continue;
                }

                // The pattern sees only the stretch: its \b and lookarounds read the stretch's ends as the text's ends,
                // which agrees with the full stop or passage end that is really there.
                var start = at == 0 ? 0 : prose.LastIndexOf('.', at - 1) + 1;
                var end = prose.IndexOf('.', at) is var stop and >= 0 ? stop : prose.Length;
                ReportMatches(story, passage, Pattern.Match(prose, start, end - start));
                from = end;
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
}
