using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB3004: "everything went perfectly", "flawlessly", "without a single issue".</summary>
internal sealed partial class PerfectionClaim : PatternRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB3004", "perfection-claim", RuleCategory.Impact, Severity.Warning,
        "A claim that everything went perfectly",
        "\"{0}\" invites the interviewer to find the flaw; say what went wrong along the way and how you handled it",
        "Mention the setback you handled; a story with no friction sounds rehearsed and invites probing.");

    protected internal override Regex Pattern => Perfect();

    protected internal override IReadOnlyList<string> Triggers => TriggerWords;

    /// <summary>Every match of <see cref="Perfect"/> holds one of these words (see <see cref="PatternRule.Triggers"/>).</summary>
    private static readonly string[] TriggerWords =
        ["flawless", "flawlessly", "perfectly", "perfect", "planned", "plan", "seamless", "seamlessly", "problems",
         "issues", "hiccups", "glitches", "complaints", "without", "smoothly", "smooth", "great", "hitch", "never"];

    /// <summary>The setup is left out: "the CFO wanted a flawless audit trail" states a requirement, not a claim.</summary>
    protected override IEnumerable<Passage> PassagesOf(StoryContext story) =>
        base.PassagesOf(story).Where(p => !StoryParts.SetupKinds.Contains(p.Section));

    protected override bool Accepts(Passage passage, Match match) => !Negated().IsMatch(passage.Prose.AsSpan(0, match.Index));

    [GeneratedRegex(@"\b(?:flawless(?:ly)?|(?:went|worked|works|ran|run|runs|performed|executed|has run|has worked|have worked) perfectly|(?:went|ran|happened) exactly as planned|(?:was|went) (?:completely |totally |entirely )?seamless(?:ly)?|(?:with|had|saw|zero) (?:zero |no )?(?:problems|issues|hiccups|glitches)(?= |\.|,|$)|perfect(?:ly executed| execution| launch| rollout| migration| result| success| delivery)|without (?:a single|any) (?:issues?|problems?|hiccups?|glitch(?:es)?|bugs?|incidents?|complaints?|setbacks?)|(?:zero|no) (?:issues|problems|hiccups|glitches|complaints) (?:at all|whatsoever)|everything went (?:smoothly|perfectly|great|according to plan|as planned)|(?:went|came) off without a hitch|without a hitch|100% (?:smooth|perfect)|never (?:had|saw|hit) (?:a single|any) (?:issues?|problems?|bugs?|incidents?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perfect();

    [GeneratedRegex(@"(?:\bnot|n't|\bfar from|\bnever|\bhardly|\bnowhere near|\bless than)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
