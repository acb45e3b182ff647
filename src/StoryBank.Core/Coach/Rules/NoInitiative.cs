using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB2003: "my manager asked me to…" in a story that never shows the candidate's own initiative.</summary>
internal sealed partial class NoInitiative : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB2003", "no-initiative", RuleCategory.Voice, Severity.Warning,
        "Told what to do, with no initiative shown",
        "\"{0}\": the story never shows you going beyond the request; say what you noticed, proposed or decided yourself",
        "Show initiative: what you noticed, proposed or decided beyond the request.");

    public override void Analyze(StoryContext story)
    {
        // Being asked is rare and cheap to find; only a story that says it is searched for initiative.
        var asked = new List<(Passage Passage, int Start, Match Match)>();
        foreach (var passage in story.AndShortVersion(story.Sections).Where(p => Asked().IsMatch(p.Prose)))
        {
            foreach (var sentence in passage.Sentences)
            {
                if (Asked().Match(sentence.Text) is { Success: true } match)
                {
                    asked.Add((passage, sentence.Start, match));
                }
            }
        }

        if (asked.Count == 0 || story.Passages.Any(p => Initiative().IsMatch(p.Prose)))
        {
            return;
        }

        foreach (var (passage, start, match) in asked)
        {
            story.Report(this, passage, start + match.Index, match.Length, match.Value);
        }
    }

    [GeneratedRegex(@"\b(?:my|our|the)\s+(?:engineering\s+|product\s+|team\s+|tech\s+|skip-level\s+|line\s+)?(?:manager|boss|lead|director|cto|ceo|vp|supervisor|pm|head of \w+)\s+(?:asked me to|told me to|wanted me to|needed me to|assigned me|directed me to|tasked me with|instructed me to|requested that I|ordered me to)\b|\bas (?:my|our|the) (?:manager|boss|lead|director|cto) (?:asked|requested|instructed|wanted)\b|\bI was (?:asked|told|assigned|instructed|tasked|directed|ordered) (?:to|with|the|a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\bI (?:also )?(?:proposed|suggested|noticed|spotted|realized|realised|identified|volunteered|pushed for|pushed back|advocated|championed|initiated|took the initiative|took ownership|took it upon myself|questioned|challenged|convinced|persuaded|came up with|recommended|raised|flagged|pitched|went beyond|went further|decided to|offered to|set out to|saw an opportunity)\b|\bI (?:personally )?wanted to (?:go|get|push|make|do|take)|\bI also (?:added|built|created|wrote|introduced|set up|automated|documented|proposed)|\b(?:went|going) (?:above and )?beyond|\bexceed(?:ed)? (?:the|our|my) (?:target|goal)|\bon my own (?:initiative)?\b|\bwithout being asked\b|\bmy (?:own )?(?:idea|proposal|initiative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Initiative();
}
